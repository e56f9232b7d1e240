package eu.jdservices.caso.outbound;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.meetings.MeetingKind;
import eu.jdservices.caso.meetings.MeetingMailDue;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails about a meeting (iMIP, RFC 6047), to its attendees in the case's language,
 * from the case's severity address (the organizer), threaded to the case: a readable text
 * — what, when in the contacts' time zone, how to join, the S2.6 expectation, the S2.7
 * reminder for a remote session, the verification code — and, but for reminders, the
 * meetings module's iTIP object as {@code text/calendar; method=…}.
 */
@Component
class MeetingMailing {

	private final Sending sending;

	private final Cases cases;

	private final MessageSource messages;

	private final Texts texts;

	MeetingMailing(Sending sending, Cases cases, MessageSource messages, Texts texts) {
		this.sending = sending;
		this.cases = cases;
		this.messages = messages;
		this.texts = texts;
	}

	@EventListener
	void on(MeetingMailDue due) {
		this.cases.contactsMail(due.caseNumber()).ifPresent((mail) -> {
			String language = mail.snapshot().language();
			Locale locale = Locale.forLanguageTag(language);
			String purpose = due.purpose().name().toLowerCase(Locale.ROOT).replace('_', '-');
			String kind = text("meetings.kind." + due.kind().name(), locale);
			String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
				.withLocale(locale)
				.format(due.start().atZone(due.zone()));
			String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
				.withLocale(locale)
				.format(due.end().atZone(due.zone()));
			Object[] args = { kind, kind.toLowerCase(locale), when, until, zoneName(due, locale) };
			StringBuilder text = new StringBuilder(text("meetings.mail.hello", locale)).append("\n\n")
				.append(text("meetings.mail." + purpose, args, locale))
				.append("\n\n");
			if (due.purpose() != MeetingMailDue.Purpose.CANCELLATION
					&& due.purpose() != MeetingMailDue.Purpose.COUNTER_DECLINED) {
				text.append(text("meetings.mail.when", args, locale)).append("\n");
				if (due.joinUrl() != null) {
					text.append(text("meetings.mail.join", new Object[] { due.joinUrl() }, locale)).append("\n");
				}
				if (due.phone() != null) {
					text.append(text("meetings.mail.phone", new Object[] { due.phone() }, locale)).append("\n");
				}
				text.append("\n").append(text("meetings.expectation", locale)).append("\n\n");
				if (due.kind() == MeetingKind.REMOTE_SESSION) {
					text.append(text("meetings.remote-session", locale)).append("\n\n");
				}
			}
			if (due.note() != null) {
				text.append(text("meetings.mail.reason", new Object[] { due.note() }, locale)).append("\n\n");
			}
			text.append(this.texts.signature(locale)).append("\n");
			String subject = "[Caso #" + due.caseNumber() + "] "
					+ text("meetings.mail.subject." + purpose, args, locale) + ": " + mail.snapshot().subject();
			this.sending.send(new Sending.Letter(due.from(), due.to(), java.util.List.of(), subject, text.toString(),
					language, mail.thread(), due.purpose() == MeetingMailDue.Purpose.REMINDER, false,
					OutboxKind.MEETING, due.caseNumber(), null, true, (due.calendar() != null)
							? new MailComposer.CalendarPart(due.calendarMethod(), due.calendar()) : null));
		});
	}

	private String zoneName(MeetingMailDue due, Locale locale) {
		return due.zone().getDisplayName(java.time.format.TextStyle.FULL, locale) + " (" + due.zone().getId() + ")";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private String text(String key, Object[] args, Locale locale) {
		return this.messages.getMessage(key, args, locale);
	}

}
