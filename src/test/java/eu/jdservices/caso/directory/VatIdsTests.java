package eu.jdservices.caso.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EU VAT IDs: each country's format and, where the rule is public, its check digits; with
 * or without the country prefix.
 */
class VatIdsTests {

	@Test
	void validNumbersOfEachCountryWithAPublicRuleAreAccepted() {
		String[] valid = { "ATU13585627", "BE0411905847", "DE136695976", "DK13585628", "EL094259216", "ESA58818501",
				"ESB12345674", "ES12345678Z", "ESX1234567L", "FI20774740", "FR40303265045", "HR33392005961",
				"IT00743110157", "LU15027442", "NL004495445B01", "PL8567346215", "PT501964843", "SE556188840401",
				"SI50223054" };
		for (String id : valid) {
			assertThat(VatIds.read(null, id).id()).as(id)
				.hasValueSatisfying((read) -> assertThat(read.full()).isEqualTo(id));
		}
	}

	@Test
	void aWrongCheckDigitIsRefusedAsSuch() {
		String[] wrong = { "ATU13585628", "BE0411905848", "DE136695977", "DK13585629", "EL094259217", "ESA58818502",
				"ES12345678A", "FI20774741", "FR41303265045", "IT00743110158", "LU15027443", "NL004495446B01",
				"PL8567346216", "PT501964844", "SE556188840501", "SI50223055" };
		for (String id : wrong) {
			assertThat(VatIds.read(null, id).problem()).as(id).isIn(VatIds.Problem.CHECK_DIGITS, VatIds.Problem.FORMAT);
		}
		assertThat(VatIds.read(null, "DE136695977").problem()).isEqualTo(VatIds.Problem.CHECK_DIGITS);
	}

	@Test
	void theCountryPrefixMayBeLeftOutWhenTheCountryIsKnown() {
		assertThat(VatIds.read("DE", "136 695 976").id())
			.hasValueSatisfying((id) -> assertThat(id.full()).isEqualTo("DE136695976"));
		assertThat(VatIds.read("GR", "094259216").id())
			.hasValueSatisfying((id) -> assertThat(id.prefix()).isEqualTo("EL"));
		assertThat(VatIds.read("ES-CN", "B-12345674").id())
			.hasValueSatisfying((id) -> assertThat(id.full()).isEqualTo("ESB12345674"));
		assertThat(VatIds.read("BE", "411.905.847").id())
			.hasValueSatisfying((id) -> assertThat(id.full()).isEqualTo("BE0411905847"));
	}

	@Test
	void aPrefixOfAnotherCountryThanTheOrganisationsIsRefused() {
		assertThat(VatIds.read("FR", "DE136695976").problem()).isEqualTo(VatIds.Problem.OTHER_COUNTRY);
	}

	@Test
	void aNumberNotInTheCountrysFormatIsRefused() {
		assertThat(VatIds.read("DE", "12345").problem()).isEqualTo(VatIds.Problem.FORMAT);
		assertThat(VatIds.read("NL", "004495445").problem()).isEqualTo(VatIds.Problem.FORMAT);
		assertThat(VatIds.read(null, "136695976").problem()).isEqualTo(VatIds.Problem.NO_COUNTRY);
	}

	@Test
	void countriesWithoutAPublicRuleAreCheckedForTheirFormatOnly() {
		assertThat(VatIds.read("CZ", "12345678").id()).isPresent();
		assertThat(VatIds.read("IE", "6388047V").id()).isPresent();
		assertThat(VatIds.read("IE", "63880470").problem()).isEqualTo(VatIds.Problem.FORMAT);
	}

	@Test
	void spanishNifsOfPeopleAndEntitiesHaveTheirControlCharacters() {
		assertThat(SpanishTaxIds.isNif("12345678Z")).isTrue();
		assertThat(SpanishTaxIds.isNif("X1234567L")).isTrue();
		assertThat(SpanishTaxIds.isNif("B12345674")).isTrue();
		// a foundation (G) may write its control as the letter D or the digit 4
		assertThat(SpanishTaxIds.isNif("G12345674")).isTrue();
		assertThat(SpanishTaxIds.isNif("G1234567D")).isTrue();
		// a public body (Q) writes it as a letter only, a limited company (B) as a digit
		assertThat(SpanishTaxIds.isNif("Q1234567D")).isTrue();
		assertThat(SpanishTaxIds.isNif("Q12345674")).isFalse();
		assertThat(SpanishTaxIds.isNif("B1234567D")).isFalse();
		assertThat(SpanishTaxIds.isNif("B12345675")).isFalse();
	}

}
