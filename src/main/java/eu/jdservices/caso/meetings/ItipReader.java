package eu.jdservices.caso.meetings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads the iTIP message (RFC 5546) of a calendar client's mail — a REPLY with the
 * attendee's PARTSTAT, or a COUNTER with the time they propose — from its
 * {@code text/calendar} part or {@code .ics} attachment, with ical4j. Anything else, or
 * anything that does not parse, is no iTIP message.
 */
final class ItipReader {

	/** A calendar part larger than this is no calendar reply. */
	static final int MAX_BYTES = 256 * 1024;

	private ItipReader() {
	}

	/** What kind of iTIP message. */
	enum Method {

		REPLY, COUNTER

	}

	/**
	 * One attendee's iTIP message about one event.
	 *
	 * @param method REPLY or COUNTER
	 * @param uid the event's UID
	 * @param sequence the SEQUENCE it answers (0 when absent)
	 * @param attendee the attendee's address (from {@code mailto:})
	 * @param response their PARTSTAT, when it is one of ours
	 * @param proposedStart for a COUNTER: the proposed start, else {@code null}
	 * @param proposedEnd for a COUNTER: the proposed end, else {@code null}
	 * @param comment the COMMENT they wrote, or {@code null}
	 */
	record ItipMessage(Method method, String uid, int sequence, String attendee, Optional<Response> response,
			Instant proposedStart, Instant proposedEnd, String comment) {
	}

	/**
	 * The iTIP message of a calendar part, reading floating times in the given zone.
	 */
	static Optional<ItipMessage> read(byte[] content, ZoneId floating) {
		if (content == null || content.length == 0 || content.length > MAX_BYTES) {
			return Optional.empty();
		}
		try {
			Calendar calendar = new CalendarBuilder()
				.build(new StringReader(new String(content, StandardCharsets.UTF_8)));
			Optional<Property> method = calendar.getProperty(Property.METHOD);
			Optional<Method> kind = method.map((value) -> value.getValue().strip().toUpperCase(Locale.ROOT))
				.flatMap(ItipReader::method);
			List<VEvent> events = calendar.getComponents(Component.VEVENT);
			if (kind.isEmpty() || events.isEmpty()) {
				return Optional.empty();
			}
			return of(kind.get(), events.get(0), floating);
		}
		catch (IOException | ParserException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<ItipMessage> of(Method method, VEvent event, ZoneId floating) {
		Optional<String> uid = event.getProperty(Property.UID).map(Property::getValue).map(String::strip);
		List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
		if (uid.isEmpty() || attendees.isEmpty()) {
			return Optional.empty();
		}
		Attendee attendee = attendees.get(0);
		String email = address(attendee.getValue());
		if (email == null) {
			return Optional.empty();
		}
		Optional<Response> response = attendee.getParameter(Parameter.PARTSTAT)
			.map(Parameter::getValue)
			.flatMap(Response::ofPartStat);
		int sequence = event.getProperty(Property.SEQUENCE).map(Property::getValue).map(String::strip).map((value) -> {
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}).orElse(0);
		String comment = event.getProperty(Property.COMMENT).map(Property::getValue).orElse(null);
		Instant start = null;
		Instant end = null;
		if (method == Method.COUNTER) {
			start = instant(event.getProperty(Property.DTSTART), floating);
			end = instant(event.getProperty(Property.DTEND), floating);
			if (start == null) {
				return Optional.empty();
			}
			if (end == null) {
				end = start.plusSeconds(30 * 60);
			}
		}
		return Optional.of(new ItipMessage(method, uid.get(), sequence, email, response, start, end, comment));
	}

	private static Optional<Method> method(String value) {
		return switch (value) {
			case "REPLY" -> Optional.of(Method.REPLY);
			case "COUNTER" -> Optional.of(Method.COUNTER);
			default -> Optional.empty();
		};
	}

	/** The address of a {@code mailto:} calendar user address, in lower case. */
	static String address(String calAddress) {
		String value = calAddress.strip();
		if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
			value = value.substring(7);
		}
		return value.contains("@") ? value.strip().toLowerCase(Locale.ROOT) : null;
	}

	private static Instant instant(Optional<Property> property, ZoneId floating) {
		if (property.isEmpty() || !(property.get() instanceof DateProperty<?> date)) {
			return null;
		}
		Temporal temporal = date.getDate();
		if (temporal instanceof LocalDateTime local) {
			return local.atZone(floating).toInstant();
		}
		if (temporal instanceof LocalDate day) {
			return day.atStartOfDay(floating).toInstant();
		}
		return Instant.from(temporal);
	}

}
