package eu.jdservices.caso.intake;

import eu.jdservices.caso.intake.parsing.Mime4jMailParser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	MailParser mailParser() {
		return new Mime4jMailParser();
	}

}
