package eu.jdservices.caso.contracts;

import java.math.BigDecimal;

/**
 * A quote for an organisation (S5), with its texts in the customer's language.
 *
 * @param billing annual or monthly
 * @param annualPriceExVat the annual price, excluding VAT
 * @param periodPriceExVat the price of one billing period, excluding VAT
 * @param vatRate the VAT rate, in percent
 * @param vat the VAT of one period
 * @param total what one period costs
 * @param currency the currency (ISO 4217)
 * @param reverseCharge whether the customer accounts for the VAT
 * @param vatCase the VAT rule that applies
 * @param note what the VAT rule means for the customer ("Inversión del sujeto pasivo" …)
 * @param text the whole quote as an agent inserts it into a reply: prices, VAT, total,
 * billing and the renewal terms
 */
public record QuoteView(Billing billing, BigDecimal annualPriceExVat, BigDecimal periodPriceExVat, BigDecimal vatRate,
		BigDecimal vat, BigDecimal total, String currency, boolean reverseCharge, VatCase vatCase, String note,
		String text) {
}
