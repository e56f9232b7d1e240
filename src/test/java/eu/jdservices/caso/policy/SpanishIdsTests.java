package eu.jdservices.caso.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanishIdsTests {

	@Test
	void dniLetterIsTheNumberModulo23() {
		assertThat(SpanishIds.isDni("12345678Z")).isTrue();
		assertThat(SpanishIds.isDni("00000000T")).isTrue();
		assertThat(SpanishIds.isDni("12345678z")).isTrue();
		assertThat(SpanishIds.isDni("12345678A")).isFalse();
		assertThat(SpanishIds.isDni("1234567Z")).isFalse();
	}

	@Test
	void nieCountsXYZAsZeroOneTwo() {
		assertThat(SpanishIds.isNie("X1234567L")).isTrue();
		assertThat(SpanishIds.isNie("Y1234567X")).isTrue();
		assertThat(SpanishIds.isNie("Z1234567R")).isTrue();
		assertThat(SpanishIds.isNie("X1234567A")).isFalse();
		assertThat(SpanishIds.isNie("A1234567L")).isFalse();
	}

}
