package eu.jdservices.caso.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail names a service by its name or one of its keywords, as whole words, whatever the
 * case and the accents.
 */
class KeywordMatchTests {

	static final Service MAIL = new Service("correo", "Correo electrónico", List.of("email", "buzón", "Outlook"), null);

	@Test
	void aKeywordNamesTheServiceWhateverItsCaseAndAccents() {
		assertThat(KeywordMatch.in("No puedo abrir mi BUZON", "").names(MAIL)).isTrue();
		assertThat(KeywordMatch.in("Problema", "Desde esta mañana outlook no envía nada").names(MAIL)).isTrue();
		assertThat(KeywordMatch.in("El correo electronico va lento", "").names(MAIL)).isTrue();
	}

	@Test
	void onlyWholeWordsCount() {
		assertThat(KeywordMatch.in("Emails de marketing", "Los buzones de voz").names(MAIL)).isFalse();
		assertThat(KeywordMatch.in("El correo de papel", "no llega electrónico").names(MAIL)).isFalse();
	}

}
