package eu.jdservices.caso.outbound;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodeTests {

	@Test
	void aCodeIsFourGroupsOfFourWithoutLookAlikesAndHasOver60BitsOfRandomness() {
		String code = VerificationCode.generate();

		assertThat(code).matches("[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}")
			.doesNotContain("0", "O", "1", "I", "L", "U");
		assertThat(VerificationCode.LENGTH * Math.log(VerificationCode.ALPHABET.length()) / Math.log(2))
			.isGreaterThan(60);
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			codes.add(VerificationCode.generate());
		}
		assertThat(codes).hasSize(10_000);
	}

	@Test
	void whatPeopleTypeIsReadAsTheSameCode() {
		String code = "K7QF-2M9X-C4TR-8WPA";

		assertThat(VerificationCode.hash(" k7qf 2m9x c4tr 8wpa ")).isEqualTo(VerificationCode.hash(code));
		assertThat(VerificationCode.hash("K7QF2M9XC4TR8WPA")).isEqualTo(VerificationCode.hash(code));
		assertThat(VerificationCode.hash("K7QF-2M9X-C4TR-8WPB")).isNotEqualTo(VerificationCode.hash(code));
		assertThat(VerificationCode.grouped(VerificationCode.normalized("k7qf2m9xc4tr8wpa"))).isEqualTo(code);
	}

	@Test
	void recipientsAreMasked() {
		assertThat(VerificationCode.masked("mario.pueyo@talleresebro.es")).isEqualTo("m•••@t•••.es");
		assertThat(VerificationCode.masked("x@localhost")).isEqualTo("x•••@l•••");
		assertThat(VerificationCode.masked("broken")).isEqualTo("•••");
	}

}
