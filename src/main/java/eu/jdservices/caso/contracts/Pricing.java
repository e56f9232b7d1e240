package eu.jdservices.caso.contracts;

import java.math.BigDecimal;

/**
 * S5.2: what one invoice of a contract costs before VAT. Annual billing: the annual
 * price. Monthly billing: the annual price plus the surcharge (+20 %), divided by twelve
 * — {@code annual × 1.2 ÷ 12} — rounded once, half up to the cent. Pure.
 */
final class Pricing {

	private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

	private final BigDecimal monthlyFactor;

	/**
	 * @param monthlySurcharge what monthly billing adds to the annual price (0.20)
	 */
	Pricing(BigDecimal monthlySurcharge) {
		this.monthlyFactor = BigDecimal.ONE.add(monthlySurcharge);
	}

	/** The price of one billing period, excluding VAT, rounded to the cent. */
	Money periodPrice(Money annual, Billing billing) {
		return switch (billing) {
			case ANNUAL -> annual.rounded();
			case MONTHLY -> new Money(
					annual.amount()
						.multiply(this.monthlyFactor)
						.divide(MONTHS, annual.currency().getDefaultFractionDigits(), Money.ROUNDING),
					annual.currency());
		};
	}

}
