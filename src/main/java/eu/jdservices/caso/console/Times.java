package eu.jdservices.caso.console;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import eu.jdservices.caso.timers.BusinessCalendar;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as agents read them: "hace 5 min" / "5 min ago" for recent ones, a date in the
 * office's time zone for the rest.
 */
@Component("times")
class Times {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Clock clock;

	private final MessageSource messages;

	private final ZoneId zone;

	Times(Clock clock, MessageSource messages, BusinessCalendar calendar) {
		this.clock = clock;
		this.messages = messages;
		this.zone = calendar.zone();
	}

	/**
	 * A duration as team leads read it: "45 min", "1 h 20 min", "2 d 3 h"; "—" for none.
	 */
	public String duration(Duration duration) {
		if (duration == null) {
			return "—";
		}
		long minutes = duration.toMinutes();
		if (minutes < 60) {
			return minutes + " min";
		}
		if (minutes < 24 * 60) {
			return (minutes / 60) + " h " + (minutes % 60) + " min";
		}
		return (minutes / (24 * 60)) + " d " + (minutes % (24 * 60) / 60) + " h";
	}

	/** Date and time in the office's zone; empty for {@code null}. */
	public String at(OffsetDateTime at) {
		return (at != null) ? DATE_TIME.format(at.atZoneSameInstant(this.zone)) : "";
	}

	/**
	 * Date and time as written where it was given (a contact's zone); empty for
	 * {@code null}.
	 */
	public String local(OffsetDateTime at) {
		return (at != null) ? DATE_TIME.format(at) : "";
	}

	/**
	 * Date and time in the office's zone as a browser's date-time field takes it
	 * ({@code 2026-12-03T10:30}); empty for {@code null}.
	 */
	public String field(OffsetDateTime at) {
		return (at != null)
				? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.atZoneSameInstant(this.zone)).substring(0, 16) : "";
	}

	/** The office's zone ({@code Europe/Madrid}). */
	public String zone() {
		return this.zone.getId();
	}

	/** How long ago (or, for a time to come, the date). */
	public String ago(OffsetDateTime at) {
		if (at == null) {
			return "";
		}
		Duration since = Duration.between(at.toInstant(), this.clock.instant());
		if (since.isNegative() || since.toDays() >= 7) {
			return at(at);
		}
		if (since.toMinutes() < 1) {
			return text("console.ago.now", 0);
		}
		if (since.toHours() < 1) {
			return text("console.ago.minutes", since.toMinutes());
		}
		if (since.toDays() < 1) {
			return text("console.ago.hours", since.toHours());
		}
		return text("console.ago.days", since.toDays());
	}

	/**
	 * How long until a due time ("en 40 min"), or how long it is overdue ("vencido hace 2
	 * h").
	 */
	public String until(OffsetDateTime due) {
		if (due == null) {
			return "";
		}
		Duration left = Duration.between(this.clock.instant(), due.toInstant());
		if (left.isNegative()) {
			return this.messages.getMessage("console.due.overdue", new Object[] { ago(due) },
					LocaleContextHolder.getLocale());
		}
		if (left.toHours() < 1) {
			return text("console.due.minutes", Math.max(1, left.toMinutes()));
		}
		if (left.toDays() < 1) {
			return text("console.due.hours", left.toHours());
		}
		return text("console.due.days", left.toDays());
	}

	/**
	 * The next due time of a case: the customer's answer while it waits for them, else
	 * our response.
	 */
	public OffsetDateTime nextDue(OffsetDateTime customerResponseDue, OffsetDateTime responseDue) {
		return (customerResponseDue != null) ? customerResponseDue : responseDue;
	}

	private String text(String key, long amount) {
		return this.messages.getMessage(key, new Object[] { String.valueOf(amount) }, LocaleContextHolder.getLocale());
	}

}
