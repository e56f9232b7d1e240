package eu.jdservices.caso.policy;

import java.util.Set;

import eu.jdservices.caso.intake.Reason;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.mail;
import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicateOpenCaseCheckTests {

	private static final String OPEN_SUBJECT = "No se sincronizan las carpetas de OneDrive en el portátil de obra";

	private final DuplicateOpenCaseCheck check = new DuplicateOpenCaseCheck(settings().duplicateOpenCase());

	@Test
	void flagsASpanishMailOnTheMatterOfAnOpenCaseAndLinksIt() {
		Outcome outcome = this.check.apply(submission("duplicate-es.eml")
			.openCase(1310, "Alta de usuario para la obra de Cuarte", "Necesitamos una cuenta nueva para el encargado.")
			.openCase(1207, OPEN_SUBJECT, mail("shared-mailbox-soporte-es.eml").text())
			.build());

		assertThat(outcome.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.code()).isEqualTo(Reason.DUPLICATE_OPEN_CASE);
			assertThat(finding.rule()).isEqualTo("S2.4");
			assertThat(finding.action()).isEqualTo(Action.WARN);
			assertThat(finding.detail()).contains("#1207");
			assertThat(finding.messageKey()).isEqualTo("policy.duplicate-open-case");
			assertThat(finding.messageArgs()).containsExactly(1207L);
		});
		assertThat(outcome.effects()).containsExactly(new Effect.DuplicateOf(1207));
	}

	@Test
	void readsTheOpeningTextOnlyOfACaseWhoseSubjectIsAlikeAndOnlyOnce() {
		java.util.concurrent.atomic.AtomicInteger alikeRead = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger otherRead = new java.util.concurrent.atomic.AtomicInteger();
		String openingText = mail("shared-mailbox-soporte-es.eml").text();
		java.util.function.Supplier<Submission> submission = () -> submission("duplicate-es.eml")
			.openCase(new OpenCase(1310, "Alta de usuario para la obra de Cuarte", 91310, () -> {
				otherRead.incrementAndGet();
				return "Necesitamos una cuenta nueva para el encargado.";
			}))
			.openCase(new OpenCase(1207, OPEN_SUBJECT, 91207, () -> {
				alikeRead.incrementAndGet();
				return openingText;
			}))
			.build();

		assertThat(this.check.apply(submission.get()).effects()).containsExactly(new Effect.DuplicateOf(1207));
		assertThat(this.check.apply(submission.get()).effects()).containsExactly(new Effect.DuplicateOf(1207));

		assertThat(alikeRead).hasValue(1);
		assertThat(otherRead).hasValue(0);
	}

	@Test
	void flagsAnEnglishMailOnTheMatterOfAnOpenCase() {
		Outcome outcome = this.check.apply(submission("incident-short-en.eml")
			.openCase(88, "Outlook not working on laptop", "Hello, Outlook is not working on my laptop since today.")
			.build());

		assertThat(outcome.effects()).containsExactly(new Effect.DuplicateOf(88));
	}

	@Test
	void doesNotFlagOtherMattersOfTheOrganisation() {
		assertThat(this.check.apply(submission("duplicate-es.eml")
			.openCase(1310, "Alta de usuario para la obra de Cuarte", "Necesitamos una cuenta nueva para el encargado.")
			.openCase(1311, "La impresora de la segunda planta no imprime en color",
					"La Ricoh imprime en blanco y negro.")
			.build())).isEqualTo(new Outcome(java.util.List.of(), java.util.List.of()));
	}

	@Test
	void similarityIsJaccardOfWordSets() {
		assertThat(DuplicateOpenCaseCheck.jaccard(Set.of("vpn", "sap"), Set.of("vpn", "sap", "zaragoza")))
			.isEqualTo(2 / 3.0);
		assertThat(DuplicateOpenCaseCheck.jaccard(Set.of(), Set.of())).isZero();
	}

}
