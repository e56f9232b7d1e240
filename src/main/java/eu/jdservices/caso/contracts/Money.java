package eu.jdservices.caso.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: a decimal (never a floating-point number) in a currency. Amounts
 * are rounded to the currency's minor unit (the cent) half up — 0.005 becomes 0.01 — once
 * per amount that is shown or invoiced: a period's price, its VAT, never the sums
 * between.
 *
 * @param amount the amount
 * @param currency its currency
 */
public record Money(BigDecimal amount, Currency currency) {

	/** The rounding of every amount shown or invoiced. */
	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
	}

	/** An amount written as a decimal ({@code 1200}, {@code 99.90}). */
	public static Money of(String amount, Currency currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	/** Rounded half up to the currency's minor unit (two decimals for the euro). */
	public Money rounded() {
		return new Money(this.amount.setScale(this.currency.getDefaultFractionDigits(), ROUNDING), this.currency);
	}

	public Money plus(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot add " + other.currency + " to " + this.currency);
		}
		return new Money(this.amount.add(other.amount), this.currency);
	}

	/** The amount as written on an invoice: {@code 1452.00}. */
	@Override
	public String toString() {
		return rounded().amount.toPlainString() + " " + this.currency.getCurrencyCode();
	}

}
