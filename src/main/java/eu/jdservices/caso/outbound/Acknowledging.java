package eu.jdservices.caso.outbound;

import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.cases.CaseOpened;
import eu.jdservices.caso.cases.CaseSnapshot;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.CustomerMail;
import eu.jdservices.caso.cases.OpeningMailResent;
import eu.jdservices.caso.cases.OutgoingMessage;
import eu.jdservices.caso.intake.IntakeAddresses;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Acknowledges every new case (S1.2), in the same transaction that opened it: from the
 * case's severity address, to the requester with the other contacts in copy, with the
 * case tag, threaded to the customer's mail and in the customer's language. A re-sent
 * opening mail gets the acknowledgement again.
 */
@Component
class Acknowledging {

	private final MailComposer composer;

	private final Outbox outbox;

	private final Cases cases;

	private final IntakeAddresses addresses;

	private final MessageSource messages;

	Acknowledging(MailComposer composer, Outbox outbox, Cases cases, IntakeAddresses addresses,
			MessageSource messages) {
		this.composer = composer;
		this.outbox = outbox;
		this.cases = cases;
		this.addresses = addresses;
		this.messages = messages;
	}

	@EventListener
	void on(CaseOpened event) {
		acknowledge(event.snapshot(), event.opening());
	}

	@EventListener
	void on(OpeningMailResent event) {
		acknowledge(event.snapshot(), event.resent());
	}

	private void acknowledge(CaseSnapshot snapshot, CustomerMail customerMail) {
		Locale locale = Locale.forLanguageTag(snapshot.language());
		String from = this.addresses.addressOf(snapshot.severity());
		String subject = snapshot.tag() + " "
				+ (snapshot.subject().isBlank() ? text("mail.no-subject", locale) : snapshot.subject());
		String body = AcknowledgementText.of(snapshot, this.messages, locale);
		List<String> to = List.of(snapshot.requester());
		List<String> cc = snapshot.contacts()
			.stream()
			.filter((contact) -> !contact.equals(snapshot.requester()))
			.toList();
		ComposedMail mail = this.composer.compose(new MailComposer.Draft(from, to, cc, subject, body,
				snapshot.language(), customerMail.messageId(), customerMail.references(), true));
		this.outbox.queue(mail, OutboxSender.ACKNOWLEDGEMENT, snapshot.number());
		this.cases.recordOutgoing(snapshot.number(),
				new OutgoingMessage(mail.messageId(), from, to, cc, subject, body, this.outbox.now()));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
