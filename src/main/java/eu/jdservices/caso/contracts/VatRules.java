package eu.jdservices.caso.contracts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * S5.1: the VAT of a customer, from its country and whether it has a VAT ID valid for
 * intra-EU operations, with the rates and lists of {@code caso.contracts.vat.*}. Spain
 * (peninsula and Balearics): IVA. Canary Islands, Ceuta, Melilla: none. Another member
 * state: reverse charge with a valid VAT ID, IVA without. Outside the EU: none. Pure.
 */
final class VatRules {

	private final BigDecimal rate;

	private final String defaultCountry;

	private final Set<String> withoutSpanishVat;

	private final Set<String> euCountries;

	VatRules(ContractsProperties.Vat settings) {
		this.rate = settings.rate();
		this.defaultCountry = code(settings.defaultCountry());
		this.withoutSpanishVat = settings.withoutSpanishVat().stream().map(VatRules::code).collect(Collectors.toSet());
		this.euCountries = settings.euCountries().stream().map(VatRules::code).collect(Collectors.toSet());
	}

	/**
	 * @param country the customer's country (ISO 3166-1 alpha-2 or an ISO 3166-2 code
	 * such as {@code ES-CN}), or {@code null} for the default country
	 * @param validVatId whether the customer has a VAT ID valid for intra-EU operations
	 */
	VatTreatment of(String country, boolean validVatId) {
		String code = (country == null || country.isBlank()) ? this.defaultCountry : code(country);
		if (this.withoutSpanishVat.contains(code)) {
			return new VatTreatment(VatCase.SPANISH_TERRITORY_WITHOUT_IVA, BigDecimal.ZERO, false);
		}
		String state = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
		state = state.equals("EL") ? "GR" : state;
		if (state.equals("ES")) {
			return new VatTreatment(VatCase.SPAIN, this.rate, false);
		}
		if (this.euCountries.contains(state)) {
			return validVatId ? new VatTreatment(VatCase.EU_REVERSE_CHARGE, BigDecimal.ZERO, true)
					: new VatTreatment(VatCase.EU_WITHOUT_VAT_ID, this.rate, false);
		}
		return new VatTreatment(VatCase.OUTSIDE_EU, BigDecimal.ZERO, false);
	}

	private static String code(String country) {
		return country.strip().toUpperCase(Locale.ROOT);
	}

}
