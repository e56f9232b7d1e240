package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class SeverityMismatchCheckTests {

	private final SeverityMismatchCheck check = new SeverityMismatchCheck(settings().severityMismatch());

	@Test
	void suggestsAForASpanishTotalOutageSentToC() {
		assertThat(this.check.check(submission("outage-es.eml").severity(Severity.C).build())).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Reason.SEVERITY_MISMATCH);
				assertThat(finding.rule()).isEqualTo("S4.1");
				assertThat(finding.action()).isEqualTo(Action.INFO);
				assertThat(finding.detail()).contains("nadie puede", "suggest A");
				assertThat(finding.messageKey()).isNull();
				assertThat(finding.messageArgs()).containsExactly("A");
			});
	}

	@Test
	void acceptsATotalOutageSentToA() {
		assertThat(this.check.check(submission("outage-es.eml").severity(Severity.A).build())).isEmpty();
	}

	@Test
	void suggestsCForAnEnglishInvoiceQuestionSentToA() {
		assertThat(this.check.check(submission("invoice-question-en.eml").severity(Severity.A).build())).singleElement()
			.satisfies((finding) -> assertThat(finding.messageArgs()).containsExactly("C"));
		assertThat(this.check.check(submission("invoice-question-en.eml").severity(Severity.C).build())).isEmpty();
	}

	@Test
	void suggestsAForSpanishRansomwareSentToC() {
		assertThat(this.check.check(submission("ransomware-es.eml").severity(Severity.C).build())).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("security incident", "ransomware"));
	}

	@Test
	void suggestsCForAnEnglishUnexploitedVulnerabilitySentToA() {
		assertThat(this.check.check(submission("vulnerability-en.eml").severity(Severity.A).build())).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("vulnerability", "suggest C"));
		assertThat(this.check.check(submission("vulnerability-en.eml").severity(Severity.C).build())).isEmpty();
	}

}
