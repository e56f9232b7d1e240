package eu.jdservices.caso.contracts;

import java.util.Locale;
import java.util.Optional;

/**
 * How a contract is billed (S5.2): once a year at the annual price (the default), or
 * every month at the annual price plus the monthly surcharge, divided by twelve.
 */
public enum Billing {

	ANNUAL(1), MONTHLY(12);

	private final int periodsPerYear;

	Billing(int periodsPerYear) {
		this.periodsPerYear = periodsPerYear;
	}

	/** How many invoices a year. */
	public int periodsPerYear() {
		return this.periodsPerYear;
	}

	/** {@code ANNUAL}/{@code MONTHLY}, any case; empty for anything else. */
	public static Optional<Billing> parse(String text) {
		for (Billing billing : values()) {
			if (billing.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
				return Optional.of(billing);
			}
		}
		return Optional.empty();
	}

}
