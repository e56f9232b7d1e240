package eu.jdservices.caso.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionReadingTests {

	@Test
	void aQuestionMarkOrAQuestionWordMakesAQuestion() {
		assertThat(QuestionReading.isQuestion("Duda sobre la VPN", "¿Se puede usar en el móvil?")).isTrue();
		assertThat(QuestionReading.isQuestion("Cómo cambio mi firma de correo", "Gracias.")).isTrue();
		assertThat(QuestionReading.isQuestion("Printing", "How do I print on both sides")).isTrue();
	}

	@Test
	void aRequestIsNoQuestion() {
		assertThat(QuestionReading.isQuestion("Cambio de dirección de facturación",
				"Por favor, actualicen la dirección de facturación a Calle Mayor 1."))
			.isFalse();
	}

}
