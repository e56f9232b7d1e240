package eu.jdservices.caso.policy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The only Spring in the policy module: the facade, built from {@code caso.policy.*}.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

	@Bean
	GuidelinePolicy guidelinePolicy(PolicyProperties properties) {
		return GuidelinePolicy.of(properties);
	}

}
