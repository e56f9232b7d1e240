package eu.jdservices.caso.outbound;

import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.notifications.AgentNotified;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails an agent what the console's bell tells them, when they want it by mail: from the
 * case's severity address, with a link to the case in the console.
 */
@Component
class AgentNotices {

	private final MailComposer composer;

	private final Outbox outbox;

	private final IntakeAddresses addresses;

	private final MessageSource messages;

	private final String baseUrl;

	AgentNotices(MailComposer composer, Outbox outbox, IntakeAddresses addresses, MessageSource messages,
			OutboundProperties properties) {
		this.composer = composer;
		this.outbox = outbox;
		this.addresses = addresses;
		this.messages = messages;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void on(AgentNotified event) {
		Locale locale = Locale.forLanguageTag("es");
		String key = "agent-notice." + event.kind();
		Object[] args = { String.valueOf(event.caseNumber()), event.subject(),
				this.baseUrl + "/cases/" + event.caseNumber() };
		ComposedMail mail = this.composer
			.compose(new MailComposer.Draft(this.addresses.addressOf(Severity.valueOf(event.severity())),
					List.of(event.agent()), List.of(), this.messages.getMessage(key + ".subject", args, locale),
					this.messages.getMessage(key, args, locale), "es", null, List.of(), true, true));
		this.outbox.queue(mail, OutboxKind.TEAM_NOTICE, event.caseNumber());
	}

}
