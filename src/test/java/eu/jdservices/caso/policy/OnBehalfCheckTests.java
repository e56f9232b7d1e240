package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class OnBehalfCheckTests {

	private final OnBehalfCheck check = new OnBehalfCheck(settings().onBehalf());

	@Test
	void rejectsMailWhoseSenderIsAnotherMailbox() {
		assertThat(this.check.check(submission("on-behalf-sender-en.eml").build())).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Reason.ON_BEHALF);
				assertThat(finding.action()).isEqualTo(Action.REJECT);
				assertThat(finding.messageKey()).isEqualTo("policy.on-behalf.sender");
				assertThat(finding.messageArgs()).containsExactly("tom.price@harbourlogistics.co.uk",
						"margaret.hale@harbourlogistics.co.uk");
			});
	}

	@Test
	void warnsWhenTheSpanishTextSaysItIsWrittenForSomeoneElse() {
		assertThat(this.check.check(submission("on-behalf-wording-es.eml").build())).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.action()).isEqualTo(Action.WARN);
				assertThat(finding.detail()).contains("en nombre de");
				assertThat(finding.messageKey()).isEqualTo("policy.on-behalf.wording");
			});
	}

	@Test
	void acceptsMailsWrittenByTheirAuthor() {
		assertThat(this.check.check(submission("incident-short-en.eml").build())).isEmpty();
		assertThat(this.check.check(submission("multiple-matters-es.eml").build())).isEmpty();
	}

	@Test
	void wordingHasItsOwnAction() {
		OnBehalfCheck headersOnly = new OnBehalfCheck(settings("on-behalf.wording-action=off").onBehalf());

		assertThat(headersOnly.check(submission("on-behalf-wording-es.eml").build())).isEmpty();
		assertThat(headersOnly.check(submission("on-behalf-sender-en.eml").build())).hasSize(1);
	}

}
