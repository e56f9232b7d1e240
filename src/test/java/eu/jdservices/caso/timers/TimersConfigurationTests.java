package eu.jdservices.caso.timers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static eu.jdservices.caso.timers.CalendarFixtures.madrid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts with the business calendar of {@code caso.timers.*}, and refuses
 * to start on a bad value, saying which.
 */
class TimersConfigurationTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(TimersConfiguration.class, WithProperties.class);

	@Test
	void startsWithTheDefaultCalendar() {
		this.context.run((context) -> {
			BusinessCalendar calendar = context.getBean(BusinessCalendar.class);
			assertThat(calendar.zone().getId()).isEqualTo("Europe/Madrid");
			assertThat(calendar.addBusinessDays(madrid("2026-12-24T16:00"), 3)).isEqualTo(madrid("2026-12-30T16:00"));
		});
	}

	@Test
	void startsWithARegionalCalendar() {
		this.context.withPropertyValues("caso.timers.calendar.holidays-region=ar").run((context) -> {
			assertThat(context.getBean(BusinessCalendar.class).isOpen(madrid("2027-04-23T10:00"))).isFalse();
		});
	}

	@Test
	void refusesToStartWithAnUnknownRegion() {
		this.context.withPropertyValues("caso.timers.calendar.holidays-region=zz").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("Unknown holiday region 'zz' of ES");
			assertThat(messages(context.getStartupFailure()))
				.contains("Invalid business calendar in caso.timers.calendar");
		});
	}

	@Test
	void refusesToStartWithOverlappingHours() {
		this.context.withPropertyValues("caso.timers.calendar.hours.tuesday=09:00-14:00,12:00-18:00")
			.run((context) -> assertThat(messages(context.getStartupFailure()))
				.contains("Overlapping office hours on TUESDAY"));
	}

	@Test
	void refusesToStartWithABadWindow() {
		this.context.withPropertyValues("caso.timers.windows.c.customer-response=3 days")
			.run((context) -> assertThat(messages(context.getStartupFailure()))
				.contains("caso.timers.windows.c.customer-response")
				.contains("Invalid window '3 days'"));
	}

	@Test
	void refusesToStartWithAReminderOutsideTheWindow() {
		this.context.withPropertyValues("caso.timers.windows.a.reminder-at=1.5")
			.run((context) -> assertThat(messages(context.getStartupFailure())).contains("caso.timers.windows.a")
				.contains("reminderAt"));
	}

	private static String messages(Throwable failure) {
		assertThat(failure).isNotNull();
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TimersProperties.class)
	static class WithProperties {

	}

}
