package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.support.MailFixtures;

import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

	@Test
	void recognisesListSenders() {
		assertThat(OnBehalfCheck.isListSender("owner-soporte@lists.cliente.es")).isTrue();
		assertThat(OnBehalfCheck.isListSender("bounces+123@lists.cliente.es")).isTrue();
		assertThat(OnBehalfCheck.isListSender("soporte-bounces+ana=cliente.es@lists.cliente.es")).isTrue();
		assertThat(OnBehalfCheck.isListSender("it-L@lists.cliente.es")).isTrue();
		assertThat(OnBehalfCheck.isListSender("ana-lopez@cliente.es")).isFalse();
		assertThat(OnBehalfCheck.isListSender("it-request")).isFalse();
	}

	@Test
	void tellsWhetherAnAddressOfTwoHundredKilobytesIsAListSenderWithinSeconds() {
		String local = "x-l+".repeat(50_000);

		assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> OnBehalfCheck.isListSender(local + "@lists.cliente.es")))
			.isTrue();
		assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> OnBehalfCheck.isListSender(local.replace('+', '.') + "x@cliente.es")))
			.isFalse();
	}

	private static ParsedMail mailWithSender(String sender) {
		return MailFixtures.parse(("From: ana@cliente.es\nSender: <" + sender
				+ ">\nSubject: VPN caída\n\nLa VPN no conecta desde ayer.\n")
			.getBytes(StandardCharsets.UTF_8));
	}

}
