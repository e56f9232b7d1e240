package eu.jdservices.caso.contracts;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S5.1: the VAT of each kind of customer of a provider that invoices from Spain.
 */
class VatRulesTests {

	final VatRules rules = new VatRules(new ContractsProperties.Vat(new BigDecimal("21"), "ES",
			Set.of("ES-CN", "ES-CE", "ES-ML"), Set.of("AT", "BE", "DE", "ES", "FR", "GR", "IT", "NL", "PT")));

	@Test
	void aCustomerInThePeninsulaOrTheBalearicsPaysSpanishIva() {
		assertThat(this.rules.of("ES", true)).isEqualTo(new VatTreatment(VatCase.SPAIN, new BigDecimal("21"), false));
		assertThat(this.rules.of("ES-IB", false).vatCase()).isEqualTo(VatCase.SPAIN);
		assertThat(this.rules.of("es", false).rate()).isEqualByComparingTo("21");
	}

	@Test
	void theCanaryIslandsCeutaAndMelillaPayNoSpanishIva() {
		for (String territory : new String[] { "ES-CN", "ES-CE", "ES-ML" }) {
			VatTreatment treatment = this.rules.of(territory, false);
			assertThat(treatment.vatCase()).as(territory).isEqualTo(VatCase.SPANISH_TERRITORY_WITHOUT_IVA);
			assertThat(treatment.rate()).as(territory).isEqualByComparingTo("0");
			assertThat(treatment.reverseCharge()).as(territory).isFalse();
		}
	}

	@Test
	void anEuBusinessWithAValidVatIdAccountsForTheVatItself() {
		VatTreatment german = this.rules.of("DE", true);
		assertThat(german.vatCase()).isEqualTo(VatCase.EU_REVERSE_CHARGE);
		assertThat(german.rate()).isEqualByComparingTo("0");
		assertThat(german.reverseCharge()).isTrue();
		assertThat(german.vatCase().noteKey()).isEqualTo("contracts.vat.note.eu-reverse-charge");
		assertThat(this.rules.of("GR", true).vatCase()).isEqualTo(VatCase.EU_REVERSE_CHARGE);
	}

	@Test
	void anEuCustomerWithoutAValidVatIdPaysSpanishIva() {
		VatTreatment french = this.rules.of("FR", false);
		assertThat(french.vatCase()).isEqualTo(VatCase.EU_WITHOUT_VAT_ID);
		assertThat(french.rate()).isEqualByComparingTo("21");
		assertThat(french.reverseCharge()).isFalse();
	}

	@Test
	void aCustomerOutsideTheEuPaysNoVat() {
		for (String country : new String[] { "GB", "US", "CH", "NO" }) {
			assertThat(this.rules.of(country, true)).as(country)
				.isEqualTo(new VatTreatment(VatCase.OUTSIDE_EU, BigDecimal.ZERO, false));
		}
	}

	@Test
	void aCustomerWhoseCountryIsUnknownIsTakenForTheDefaultCountry() {
		assertThat(this.rules.of(null, false).vatCase()).isEqualTo(VatCase.SPAIN);
		assertThat(this.rules.of(" ", false).vatCase()).isEqualTo(VatCase.SPAIN);
	}

	@Test
	void ratesAndListsComeFromConfiguration() {
		VatRules other = new VatRules(
				new ContractsProperties.Vat(new BigDecimal("10"), "ES", Set.of(), Set.of("ES", "FR")));
		assertThat(other.of("ES-CN", false).vatCase()).isEqualTo(VatCase.SPAIN);
		assertThat(other.of("FR", false).rate()).isEqualByComparingTo("10");
		assertThat(other.of("DE", true).vatCase()).isEqualTo(VatCase.OUTSIDE_EU);
	}

}
