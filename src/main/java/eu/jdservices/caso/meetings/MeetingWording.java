package eu.jdservices.caso.meetings;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the calendar object says of a meeting, in the case's language (es/en): the title
 * with the case tag (which every client's reply keeps in its subject), how to join, the
 * S2.6 expectation and, for a remote session, the S2.7 reminder.
 */
@Component
class MeetingWording {

	private final MessageSource messages;

	private final MeetingsProperties properties;

	MeetingWording(MessageSource messages, MeetingsProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	ItipWriter.Wording of(Meeting meeting, String caseSubject, String language) {
		Locale locale = Locale.forLanguageTag(language);
		String kind = text("meetings.kind." + meeting.kind().name(), locale);
		String summary = "[Caso #" + meeting.caseNumber() + "] " + kind + ": " + caseSubject;
		StringBuilder description = new StringBuilder();
		description
			.append(text("meetings.ics.when", locale,
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
						.withLocale(locale)
						.format(meeting.start().atZone(meeting.contactZone())),
					meeting.contactZone().getId()))
			.append("\n");
		if (meeting.joinUrl() != null) {
			description.append(text("meetings.ics.join", locale, meeting.joinUrl())).append("\n");
		}
		if (meeting.phone() != null) {
			description.append(text("meetings.ics.phone", locale, meeting.phone())).append("\n");
		}
		description.append("\n").append(text("meetings.expectation", locale));
		if (meeting.kind() == MeetingKind.REMOTE_SESSION) {
			description.append("\n\n").append(text("meetings.remote-session", locale));
		}
		String location = (meeting.joinUrl() != null) ? meeting.joinUrl()
				: (meeting.phone() != null) ? text("meetings.ics.phone", locale, meeting.phone()) : null;
		return new ItipWriter.Wording(summary, description.toString(), location, this.properties.alarmBefore());
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
