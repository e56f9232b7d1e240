package eu.jdservices.caso.api;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Web settings: texts in Spanish (default) or English after the request's
 * Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.forLanguageTag("es"), Locale.ENGLISH));
		resolver.setDefaultLocale(Locale.forLanguageTag("es"));
		return resolver;
	}

}
