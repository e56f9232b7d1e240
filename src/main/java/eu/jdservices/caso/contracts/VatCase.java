package eu.jdservices.caso.contracts;

import java.util.Locale;

/**
 * Which VAT rule applies to a customer of the provider, who invoices from Spain.
 */
public enum VatCase {

	/** Spain, peninsula and Balearic Islands: Spanish IVA. */
	SPAIN,
	/** Canary Islands, Ceuta, Melilla: outside the Spanish VAT area, no IVA. */
	SPANISH_TERRITORY_WITHOUT_IVA,
	/**
	 * A business of another EU member state with a VAT ID valid for intra-EU operations:
	 * the customer accounts for the VAT (reverse charge, Art. 196 Directive 2006/112/EC).
	 */
	EU_REVERSE_CHARGE,
	/** An EU customer without a valid VAT ID: Spanish IVA. */
	EU_WITHOUT_VAT_ID,
	/** Outside the EU: no VAT. */
	OUTSIDE_EU;

	/** The key of the note an invoice or quote carries, in the message bundles. */
	public String noteKey() {
		return "contracts.vat.note." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
