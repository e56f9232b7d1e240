package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class MissingIncidentDetailsCheckTests {

	private final MissingIncidentDetailsCheck check = new MissingIncidentDetailsCheck(
			settings().missingIncidentDetails());

	@Test
	void listsTheItemsAShortEnglishIncidentLacksAsQuestions() {
		assertThat(this.check.check(submission("incident-short-en.eml").build())).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Reason.MISSING_INCIDENT_DETAILS);
				assertThat(finding.rule()).isEqualTo("S1.9");
				assertThat(finding.action()).isEqualTo(Action.WARN);
				assertThat(finding.detail()).contains("steps", "error-message", "business-impact")
					.doesNotContain("start-time", "service,", "problem-type");
				assertThat(finding.messageKey()).isEqualTo("policy.missing-incident-details");
				assertThat(finding.messageArgs())
					.contains("policy.incident.item.steps", "policy.incident.item.screenshots")
					.doesNotContain("policy.incident.item.start-time");
			});
	}

	@Test
	void acceptsASpanishIncidentThatAnswersAllTenItems() {
		assertThat(this.check.check(submission("incident-complete-es.eml").severity(Severity.B).build())).isEmpty();
	}

	@Test
	void severityAIsAlwaysAnIncident() {
		assertThat(this.check.check(submission("outage-es.eml").severity(Severity.A).build())).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("steps", "workaround")
				.doesNotContain("affected-users", "start-time"));
	}

	@Test
	void aSeverityCRequestWithoutIncidentWordingIsNoIncident() {
		assertThat(this.check.check(submission("contracting-es.eml").build())).isEmpty();
		assertThat(this.check.check(submission("shared-mailbox-info-en.eml").build())).isEmpty();
	}

	@Test
	void aSeverityCMailWithIncidentWordingIsAnIncident() {
		assertThat(this.check.check(submission("on-behalf-wording-es.eml").build())).hasSize(1);
	}

	@Test
	void picturesAttachedAnswerTheScreenshotItem() {
		assertThat(IncidentItem.SCREENSHOTS.toldIn("nada",
				submission("incident-complete-es.eml").build().mail().attachments()))
			.isTrue();
		assertThat(IncidentItem.SCREENSHOTS.toldIn("nada", java.util.List.of())).isFalse();
	}

}
