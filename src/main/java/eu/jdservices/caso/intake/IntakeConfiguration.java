package eu.jdservices.caso.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	MailParser mailParser() {
		return new Mime4jMailParser();
	}

}
