package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class CallRequestOnlyCheckTests {

	private final CallRequestOnlyCheck check = new CallRequestOnlyCheck(settings().callRequestOnly());

	@Test
	void flagsSpanishMailThatOnlyAsksForACall() {
		assertThat(this.check.check(submission("call-request-es.eml").build())).singleElement().satisfies((finding) -> {
			assertThat(finding.code()).isEqualTo(Reason.CALL_REQUEST_ONLY);
			assertThat(finding.rule()).isEqualTo("S1.8");
			assertThat(finding.action()).isEqualTo(Action.WARN);
			assertThat(finding.detail()).contains("pueden llamarme");
			assertThat(finding.messageKey()).isEqualTo("policy.call-request-only");
		});
	}

	@Test
	void flagsEnglishMailThatOnlyAsksForAMeeting() {
		assertThat(this.check.check(submission("call-request-en.eml").build())).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("can we schedule a call"));
	}

	@Test
	void acceptsADetailedMailThatAlsoOffersACall() {
		assertThat(this.check.check(submission("incident-complete-es.eml").build())).isEmpty();
	}

	@Test
	void acceptsMailsWithoutCallRequest() {
		assertThat(this.check.check(submission("incident-short-en.eml").build())).isEmpty();
	}

	@Test
	void lengthOfADescriptionIsConfigurable() {
		CallRequestOnlyCheck lenient = new CallRequestOnlyCheck(
				settings("call-request-only.max-informative-words=5").callRequestOnly());

		assertThat(lenient.check(submission("call-request-en.eml").build())).isEmpty();
	}

}
