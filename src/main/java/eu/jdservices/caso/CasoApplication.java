package eu.jdservices.caso;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Caso: customers open cases by mail to the severity addresses, Caso confirms, threads
 * and enforces the provider's case-opening guidelines.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class CasoApplication {

	public static void main(String[] args) {
		SpringApplication.run(CasoApplication.class, args);
	}

	/** All domain code takes time from this clock; tests replace it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
