package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class VagueSubjectCheckTests {

	private final VagueSubjectCheck check = new VagueSubjectCheck(settings().vagueSubject());

	@Test
	void flagsGenericSpanishSubject() {
		assertThat(this.check.check(submission("vague-subject-es.eml").build())).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Reason.VAGUE_SUBJECT);
				assertThat(finding.rule()).isEqualTo("S1.7");
				assertThat(finding.action()).isEqualTo(Action.WARN);
				assertThat(finding.messageKey()).isEqualTo("policy.vague-subject");
				assertThat(finding.messageArgs()).containsExactly("Ayuda");
			});
	}

	@Test
	void flagsGenericEnglishSubjectAndStoresItInNormalCase() {
		Outcome outcome = this.check.apply(submission("vague-subject-caps-en.eml").build());

		assertThat(outcome.findings()).hasSize(1);
		assertThat(outcome.effects()).containsExactly(new Effect.NormalizeSubject("Urgent - please help!!"));
	}

	@Test
	void acceptsSpecificSubjects() {
		assertThat(this.check.apply(submission("multiple-matters-es.eml").build()))
			.isEqualTo(new Outcome(java.util.List.of(), java.util.List.of()));
		assertThat(this.check.check(submission("incident-short-en.eml").build())).isEmpty();
	}

	@Test
	void storesAllCapsSpanishSubjectInSentenceCaseKeepingAcronyms() {
		Outcome outcome = this.check.apply(submission("caps-subject-es.eml").build());

		assertThat(outcome.findings()).isEmpty();
		assertThat(outcome.effects())
			.containsExactly(new Effect.NormalizeSubject("No funciona la VPN de SAP en la oficina de zaragoza"));
	}

	@Test
	void mixedCaseSubjectsAreNotAllCaps() {
		assertThat(this.check.isAllCaps("Error al abrir SAP desde la VPN")).isFalse();
		assertThat(this.check.isAllCaps("VPN")).isFalse();
		assertThat(this.check.sentenceCase("ERROR EN CRM AL EXPORTAR")).isEqualTo("Error en CRM al exportar");
	}

	@Test
	void flagsTheSubjectOfAnOpenCase() {
		Submission submission = submission("duplicate-es.eml")
			.openCase(1207, "RE: Sigue sin sincronizar  OneDrive en el portátil de obra", "otro texto")
			.build();

		assertThat(this.check.check(submission)).singleElement().satisfies((finding) -> {
			assertThat(finding.messageKey()).isEqualTo("policy.vague-subject.same-as-open");
			assertThat(finding.messageArgs()).containsExactly(1207L);
		});
	}

	@Test
	void numberOfInformativeWordsIsConfigurable() {
		VagueSubjectCheck strict = new VagueSubjectCheck(
				settings("vague-subject.min-informative-words=4").vagueSubject());

		assertThat(strict.check(submission("incident-short-en.eml").build())).hasSize(1);
	}

}
