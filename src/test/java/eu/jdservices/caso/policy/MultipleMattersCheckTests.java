package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

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

}
