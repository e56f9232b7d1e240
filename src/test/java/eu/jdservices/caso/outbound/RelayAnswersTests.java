package eu.jdservices.caso.outbound;

import java.io.IOException;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelayAnswersTests {

	static final InternetAddress LUCIA = address("lucia@talleresebro.es");

	static final InternetAddress MARIO = address("mario@talleresebro.es");

	@Test
	void noSuchUserForTheOnlyRecipientIsARefusalForGood() {
		SendFailedException ex = new SendFailedException("Invalid Addresses",
				new SMTPAddressFailedException(LUCIA, "RCPT TO:<lucia@talleresebro.es>", 550,
						"550 5.1.1 <lucia@talleresebro.es>: Recipient address rejected: User unknown"),
				new Address[0], new Address[0], new Address[] { LUCIA });

		DeliveryResult result = RelayAnswers.classify(ex, List.of(LUCIA), List.of(), true);

		assertThat(result).isInstanceOfSatisfying(DeliveryResult.Undeliverable.class, (undeliverable) -> {
			assertThat(undeliverable.reason()).startsWith("550 5.1.1");
			assertThat(undeliverable.refused()).extracting(DeliveryResult.Refusal::address)
				.containsExactly("lucia@talleresebro.es");
		});
	}

	@Test
	void oneRecipientRefusedWhileAnotherTookTheMailIsDeliveredWithTheRefusalNoted() {
		SendFailedException ex = new SendFailedException("Invalid Addresses",
				new SMTPAddressFailedException(LUCIA, "RCPT TO:<lucia@talleresebro.es>", 550, "550 5.1.1 no such user"),
				new Address[] { MARIO }, new Address[0], new Address[] { LUCIA });

		DeliveryResult result = RelayAnswers.classify(ex, List.of(MARIO, LUCIA), List.of(), true);

		assertThat(result).isInstanceOfSatisfying(DeliveryResult.Delivered.class,
				(delivered) -> assertThat(delivered.refused()).singleElement()
					.isEqualTo(new DeliveryResult.Refusal("lucia@talleresebro.es", "550 5.1.1 no such user")));
	}

	@Test
	void aFullMailboxIsWorthAnotherTry() {
		SendFailedException ex = new SendFailedException("Invalid Addresses",
				new SMTPAddressFailedException(LUCIA, "RCPT TO:<lucia@talleresebro.es>", 452, "452 4.2.2 Mailbox full"),
				new Address[0], new Address[] { LUCIA }, new Address[0]);

		assertThat(RelayAnswers.classify(ex, List.of(LUCIA), List.of(), true))
			.isInstanceOf(DeliveryResult.Deferred.class);
	}

	@Test
	void theRelayRefusingTheMailItselfForGoodAffectsEveryRecipient() {
		SMTPSendFailedException ex = new SMTPSendFailedException("DATA", 554,
				"554 5.7.1 Message rejected: content policy", null, new Address[0], new Address[] { MARIO, LUCIA },
				new Address[0]);

		DeliveryResult result = RelayAnswers.classify(ex, List.of(MARIO, LUCIA), List.of(), true);

		assertThat(result).isInstanceOfSatisfying(DeliveryResult.Undeliverable.class,
				(undeliverable) -> assertThat(undeliverable.refused()).hasSize(2)
					.allSatisfy((refusal) -> assertThat(refusal.reason()).startsWith("554 5.7.1")));
	}

	@Test
	void aTemporaryRefusalOfTheMailIsRetried() {
		SMTPSendFailedException ex = new SMTPSendFailedException("MAIL FROM", 421, "421 4.3.2 Service shutting down",
				null, new Address[0], new Address[] { MARIO }, new Address[0]);

		assertThat(RelayAnswers.classify(ex, List.of(MARIO), List.of(), false))
			.isInstanceOfSatisfying(DeliveryResult.Deferred.class, (deferred) -> {
				assertThat(deferred.reason()).startsWith("421");
				assertThat(deferred.connectionLost()).isTrue();
			});
	}

	@Test
	void aLostConnectionIsRetriedAndHoldsBackTheRestOfTheBatch() {
		MessagingException ex = new MessagingException("Exception reading response",
				new IOException("Connection reset"));

		assertThat(RelayAnswers.classify(ex, List.of(MARIO), List.of(), false)).isInstanceOfSatisfying(
				DeliveryResult.Deferred.class, (deferred) -> assertThat(deferred.connectionLost()).isTrue());
	}

	@Test
	void anUnreachableRelayIsRetried() {
		MessagingException ex = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 25",
				new java.net.ConnectException("Connection refused"));

		assertThat(RelayAnswers.classify(ex, List.of(MARIO), List.of(), false))
			.isInstanceOf(DeliveryResult.Deferred.class);
	}

	private static InternetAddress address(String address) {
		try {
			return new InternetAddress(address);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
