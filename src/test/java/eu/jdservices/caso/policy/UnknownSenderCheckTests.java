package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class UnknownSenderCheckTests {

	private final UnknownSenderCheck check = new UnknownSenderCheck(settings().unknownSender());

	@Test
	void warnsAboutASpanishSenderWritingFromAPrivateAddress() {
		Outcome outcome = this.check.apply(submission("unknown-sender-gmail-es.eml").unknownSender(false).build());

		assertThat(outcome.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.code()).isEqualTo(Reason.UNKNOWN_SENDER);
			assertThat(finding.rule()).isEqualTo("S1.4");
			assertThat(finding.action()).isEqualTo(Action.WARN);
			assertThat(finding.messageArgs()).containsExactly("jorgesanz.obras@gmail.com");
		});
	}

	@Test
	void keepsSpanishPhoneAndAvailability() {
		Outcome outcome = this.check.apply(submission("unknown-sender-gmail-es.eml").unknownSender(false).build());

		assertThat(outcome.effects()).containsExactly(new Effect.KeepContact("+34 612 34 56 78"),
				new Effect.KeepContact(
						"Estoy disponible de 9 a 14 en el 612 345 678, o por la tarde en el fijo de la oficina."));
	}

	@Test
	void keepsEnglishPhoneAndAvailability() {
		Outcome outcome = this.check.apply(submission("unknown-sender-en.eml").unknownSender(false).build());

		assertThat(outcome.findings()).hasSize(1);
		assertThat(outcome.effects()).contains(new Effect.KeepContact("+44 7911 123456"),
				new Effect.KeepContact("I am available from 8am to 4pm UK time."));
	}

	@Test
	void doesNotFlagAnUnknownAddressOnACustomerDomain() {
		assertThat(this.check.check(submission("unknown-sender-en.eml").unknownSender(true).build())).isEmpty();
	}

	@Test
	void doesNotFlagAKnownSenderButKeepsTheirPhoneFromTheSignature() {
		Outcome outcome = this.check.apply(submission("vague-subject-es.eml").build());

		assertThat(outcome.findings()).isEmpty();
		assertThat(outcome.effects()).containsExactly(new Effect.KeepContact("+34 976 12 34 56"));
	}

	@Test
	void ignoresPhonesInQuotedHistory() {
		assertThat(this.check.apply(submission("incident-complete-es.eml").build()).effects()).isEmpty();
	}

	@Test
	void findsThePhoneBeforeAMegabyteOfDigitsWithinTwoSeconds() {
		String text = "Llámenme al +34 976 000 102.\n" + "1 ".repeat(500_000);

		assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> this.check.phoneNumbers(text)))
			.containsExactly("+34 976 00 01 02");
	}

}
