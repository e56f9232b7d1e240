package eu.jdservices.caso.outbound;

import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.timers.ResponseTargetMissed;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the team (the on-call address) when a case's response target is near or past.
 */
@Component
class TeamNotices {

	private final MailComposer composer;

	private final Outbox outbox;

	private final IntakeAddresses addresses;

	private final MessageSource messages;

	private final Texts texts;

	private final String team;

	TeamNotices(MailComposer composer, Outbox outbox, IntakeAddresses addresses, MessageSource messages, Texts texts,
			OutboundProperties properties) {
		this.composer = composer;
		this.outbox = outbox;
		this.addresses = addresses;
		this.messages = messages;
		this.texts = texts;
		this.team = properties.onCall();
	}

	/**
	 * Follow-on work of the timer sweep that fired the target: its own transaction, after
	 * the sweep committed (kept by the event publication registry until it is done).
	 */
	@ApplicationModuleListener
	void on(ResponseTargetMissed event) {
		if (this.team == null || this.team.isBlank()) {
			return;
		}
		Locale locale = Locale.forLanguageTag("es");
		String key = event.breached() ? "target.breached" : "target.soon";
		Object[] args = { String.valueOf(event.caseNumber()), event.severity(),
				this.texts.when(event.dueAt(), locale) };
		ComposedMail mail = this.composer
			.compose(new MailComposer.Draft(this.addresses.addressOf(Severity.valueOf(event.severity())),
					List.of(this.team), List.of(), this.messages.getMessage(key + ".subject", args, locale),
					this.messages.getMessage(key, args, locale), "es", null, List.of(), true, true));
		this.outbox.queue(mail, OutboxKind.TEAM_NOTICE, event.caseNumber());
	}

}
