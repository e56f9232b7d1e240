package eu.jdservices.caso.contracts;

import java.math.BigDecimal;

/**
 * What one invoice of a contract costs (S5): the period's price excluding VAT, the VAT at
 * the customer's rate — computed on the rounded period price and rounded half up to the
 * cent — and the total.
 *
 * @param billing annual or monthly
 * @param periodPriceExVat the price of one period, excluding VAT
 * @param vatRate the VAT rate, in percent
 * @param vat the VAT of one period
 * @param total what one period costs
 * @param reverseCharge whether the customer accounts for the VAT
 * @param vatCase the VAT rule that applies
 */
public record Quote(Billing billing, Money periodPriceExVat, BigDecimal vatRate, Money vat, Money total,
		boolean reverseCharge, VatCase vatCase) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static Quote of(Billing billing, Money periodPrice, VatTreatment treatment) {
		Money vat = new Money(periodPrice.amount().multiply(treatment.rate()).divide(HUNDRED), periodPrice.currency())
			.rounded();
		return new Quote(billing, periodPrice, treatment.rate(), vat, periodPrice.plus(vat), treatment.reverseCharge(),
				treatment.vatCase());
	}

}
