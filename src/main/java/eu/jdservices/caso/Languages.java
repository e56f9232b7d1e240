package eu.jdservices.caso;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of every web answer, API and console alike: Spanish or English. A choice
 * made in the console ({@code ?lang=en}, kept in a cookie) comes first, then the
 * request's Accept-Language, then Spanish.
 */
@Configuration(proxyBeanMethods = false)
class Languages {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	@Bean
	LocaleResolver localeResolver() {
		return new ChosenOrAccepted();
	}

	/** Spanish unless the locale is English. */
	static Locale supported(Locale locale) {
		return (locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) ? Locale.ENGLISH : SPANISH;
	}

	static final class ChosenOrAccepted extends CookieLocaleResolver {

		ChosenOrAccepted() {
			super("caso-lang");
			AcceptHeaderLocaleResolver accepted = new AcceptHeaderLocaleResolver();
			accepted.setSupportedLocales(List.of(SPANISH, Locale.ENGLISH));
			accepted.setDefaultLocale(SPANISH);
			setDefaultLocaleFunction(accepted::resolveLocale);
			setCookieHttpOnly(true);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return supported(super.resolveLocale(request));
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, (locale != null) ? supported(locale) : null);
		}

	}

}
