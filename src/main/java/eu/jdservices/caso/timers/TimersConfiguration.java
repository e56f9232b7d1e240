package eu.jdservices.caso.timers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The only Spring in the timers module so far: the business calendar, built from
 * {@code caso.timers.calendar.*}.
 */
@Configuration(proxyBeanMethods = false)
class TimersConfiguration {

	@Bean
	BusinessCalendar businessCalendar(TimersProperties properties) {
		try {
			return properties.calendar().businessCalendar();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Invalid business calendar in caso.timers.calendar: " + ex.getMessage(),
					ex);
		}
	}

}
