package eu.jdservices.caso.directory;

import java.time.OffsetDateTime;

/**
 * What VAT needs to know of an organisation.
 *
 * @param organization the organisation's name
 * @param country its country (ISO 3166-1 alpha-2, or {@code ES-CN}, {@code ES-CE},
 * {@code ES-ML}), or {@code null} when the directory does not know it
 * @param vatId its VAT ID with the country prefix, or {@code null}
 * @param status what is known of the VAT ID
 * @param checkedAt when VIES was last asked, or {@code null}
 * @param consultation the consultation number VIES gave (proof of the check), or
 * {@code null}
 * @param detail what the last check said, for agents, or {@code null}
 */
public record TaxProfile(String organization, String country, String vatId, VatIdStatus status,
		OffsetDateTime checkedAt, String consultation, String detail) {

	/** An organisation the directory knows nothing of for VAT. */
	public static TaxProfile unknown(String organization) {
		return new TaxProfile(organization, null, null, VatIdStatus.NONE, null, null, null);
	}

}
