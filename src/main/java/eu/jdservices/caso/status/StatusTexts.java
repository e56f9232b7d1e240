package eu.jdservices.caso.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The words of the status page and its feed in the reader's language: states, statuses,
 * moments in the provider's time zone.
 */
final class StatusTexts {

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	StatusTexts(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
	}

	String state(ServiceState state) {
		return text("status.state." + state.css());
	}

	String status(IncidentStatus status) {
		return text("status.incident-status." + status.name().toLowerCase(Locale.ROOT));
	}

	String when(OffsetDateTime at) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(this.locale)
			.format(at.atZoneSameInstant(this.zone).toLocalDateTime()) + " (" + this.zone.getId() + ")";
	}

	String day(java.time.LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).format(day);
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, (args.length == 0) ? null : args, this.locale);
	}

	/** An incident as the page and the feed show it. */
	IncidentView incident(Incident incident, List<String> serviceNames, String url) {
		String window = (incident.startsAt() != null && incident.endsAt() != null)
				? text("status.incident.window", when(incident.startsAt()), when(incident.endsAt()))
				: text("status.incident.since",
						when((incident.startsAt() != null) ? incident.startsAt() : incident.createdAt()));
		return new IncidentView(incident.id(), "incident-" + incident.id(), incident.title(),
				incident.impact().state().css(), state(incident.impact().state()), status(incident.status()),
				incident.isOpen(), String.join(", ", serviceNames), window,
				(incident.resolvedAt() != null) ? when(incident.resolvedAt()) : null, url,
				incident.updates()
					.stream()
					.map((update) -> new UpdateView(update.id(), status(update.status()), update.message(),
							when(update.at()), update.at().toString()))
					.toList());
	}

	record IncidentView(long id, String anchor, String title, String impactCss, String impact, String status,
			boolean open, String services, String window, String resolvedAt, String url, List<UpdateView> updates) {
	}

	record UpdateView(long id, String status, String message, String at, String datetime) {
	}

}
