package eu.jdservices.caso.meetings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.meetings.*}: when the attendees are reminded of a meeting, and the night in
 * which no reminder of a non-A case goes.
 *
 * @param reminders how long before the start a reminder mail goes (each once)
 * @param nightStarts when the night starts in the contacts' zone: a reminder of a non-A
 * case due in the night goes at this time the evening before instead
 * @param nightEnds when the night ends in the contacts' zone
 * @param alarmBefore how long before the start the calendar client's own alarm (VALARM)
 * rings
 */
@Validated
@ConfigurationProperties("caso.meetings")
public record MeetingsProperties(@NotNull @DefaultValue( {
		"24h", "1h" }) List<Duration> reminders, @NotNull @DefaultValue("21:00") LocalTime nightStarts,
		@NotNull @DefaultValue("08:00") LocalTime nightEnds, @NotNull @DefaultValue("15m") Duration alarmBefore){

	public MeetingsProperties {
		reminders = List.copyOf(reminders);
	}

}
