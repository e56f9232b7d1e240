package eu.jdservices.caso.meetings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which replies ask to move a meeting.
 */
class RescheduleWordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "¿Podemos pasarla al jueves?", "Hola, ¿podríamos cambiar la llamada a las 12?",
			"¿Sería posible aplazar la reunión una semana?", "Lo siento, no podré asistir a la videollamada.",
			"Can we move the call to Thursday?", "Could we reschedule the meeting?",
			"Sorry, I won't be able to make it tomorrow.", "Please postpone the session to next week." })
	void asksToMove(String text) {
		assertThat(RescheduleWords.asksToMove(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Perfecto, allí estaré. Gracias.", "La web sigue lenta después del cambio.",
			"Thanks, see you on Tuesday.", "We moved the server to another room yesterday." })
	void doesNotAskToMove(String text) {
		assertThat(RescheduleWords.asksToMove(text)).isFalse();
	}

	@Test
	void nothingIsNoRequest() {
		assertThat(RescheduleWords.asksToMove(null)).isFalse();
		assertThat(RescheduleWords.asksToMove("  ")).isFalse();
	}

}
