package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class MultipleMattersCheckTests {

	private final MultipleMattersCheck check = new MultipleMattersCheck(settings().multipleMatters());

	@Test
	void flagsSpanishMailThatStartsAnotherMatter() {
		assertThat(this.check.check(submission("multiple-matters-es.eml").build())).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Reason.MULTIPLE_MATTERS);
				assertThat(finding.rule()).isEqualTo("S1.6");
				assertThat(finding.action()).isEqualTo(Action.WARN);
				assertThat(finding.detail()).contains("otra cosa");
				assertThat(finding.messageKey()).isEqualTo("policy.multiple-matters");
			});
	}

	@Test
	void flagsEnglishListOfProblems() {
		assertThat(this.check.check(submission("multiple-matters-list-en.eml").build())).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("a list of"));
	}

	@Test
	void incidentItemsAnsweredAsANumberedListAreOneMatter() {
		assertThat(this.check.check(submission("incident-complete-es.eml").build())).isEmpty();
	}

	@Test
	void ignoresOtherMattersInQuotedHistory() {
		assertThat(this.check.check(submission("incident-short-en.eml").build())).isEmpty();
	}

	@Test
	void listsOfStepsAreOneMatter() {
		assertThat(MultipleMattersCheck.lists("Pasos:\n1. Abro Outlook\n2. Da error al enviar\n3. Sale error 0x800"))
			.singleElement()
			.satisfies((list) -> assertThat(list).first().isEqualTo("Pasos:"));
	}

	@Test
	void readsAListItemOfAHundredThousandContinuationLinesWithinSeconds() {
		String text = "Problemas:\n1. no funciona el correo\n" + "   sigue sin ir\n".repeat(100_000)
				+ "\n2. no funciona la VPN\nGracias";

		var lists = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> MultipleMattersCheck.lists(text));

		assertThat(lists).singleElement().satisfies((list) -> {
			assertThat(list).hasSize(3);
			assertThat(list.get(0)).isEqualTo("Problemas:");
			assertThat(list.get(1)).startsWith("no funciona el correo sigue sin ir sigue").endsWith("sin ir");
			assertThat(list.get(1)).hasSize("no funciona el correo".length() + 100_000 * " sigue sin ir".length());
			assertThat(list.get(2)).isEqualTo("no funciona la VPN");
		});
	}

}
