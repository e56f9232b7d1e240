package eu.jdservices.caso.guidelines;

import java.time.Duration;
import java.util.Locale;

import eu.jdservices.caso.timers.Window;

import org.springframework.context.MessageSource;

/**
 * A window as a customer reads it: "1 hora, 24x7", "4 horas hábiles", "1 día hábil", "3
 * business days".
 */
final class WindowWords {

	private WindowWords() {
	}

	static String of(Window window, MessageSource messages, Locale locale) {
		return switch (window) {
			case Window.Elapsed elapsed ->
				duration("guidelines.window.elapsed", elapsed.duration(), true, messages, locale);
			case Window.BusinessTime business ->
				duration("guidelines.window.business", business.duration(), false, messages, locale);
			case Window.BusinessDays days ->
				messages.getMessage("guidelines.window.business.days", new Object[] { days.days() }, locale);
		};
	}

	private static String duration(String prefix, Duration duration, boolean days, MessageSource messages,
			Locale locale) {
		if (days && duration.toHours() >= 24 && duration.toHours() % 24 == 0 && duration.toMinutesPart() == 0) {
			return messages.getMessage(prefix + ".days", new Object[] { duration.toDays() }, locale);
		}
		if (duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0) {
			return messages.getMessage(prefix + ".hours", new Object[] { duration.toHours() }, locale);
		}
		return messages.getMessage(prefix + ".minutes", new Object[] { Math.max(1, duration.toMinutes()) }, locale);
	}

}
