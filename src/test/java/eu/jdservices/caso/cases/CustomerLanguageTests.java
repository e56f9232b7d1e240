package eu.jdservices.caso.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerLanguageTests {

	@Test
	void spanishIsTheDefault() {
		assertThat(CustomerLanguage.choose(null, "")).isEqualTo("es");
		assertThat(CustomerLanguage.choose(null, "Error 0x800 en Outlook")).isEqualTo("es");
		assertThat(CustomerLanguage.choose("es", "Buenos días, no funciona la VPN desde casa.")).isEqualTo("es");
	}

	@Test
	void englishWhenWrittenInEnglish() {
		assertThat(CustomerLanguage.choose(null,
				"Hi team, the VPN is not working from home since this morning. Can you please have a look?"))
			.isEqualTo("en");
	}

	@Test
	void aFewEnglishWordsInSpanishTextStaySpanish() {
		assertThat(CustomerLanguage.choose(null,
				"Hola, desde el update de ayer el login de la app no funciona y nos sale el error \"access denied\"."))
			.isEqualTo("es");
	}

	@Test
	void preferenceForEnglishWins() {
		assertThat(CustomerLanguage.choose("en", "Hola")).isEqualTo("en");
	}

}
