package eu.jdservices.caso.contracts;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S5.1 and S5.2: a period's price excluding VAT (annual, or annual × 1.2 ÷ 12 monthly),
 * its VAT and total, each rounded half up to the cent.
 */
class PricingTests {

	static final Currency EUR = Currency.getInstance("EUR");

	final Pricing pricing = new Pricing(new BigDecimal("0.20"));

	final VatRules spain = new VatRules(new ContractsProperties.Vat(new BigDecimal("21"), "ES",
			Set.of("ES-CN", "ES-CE", "ES-ML"), Set.of("ES", "DE", "FR", "GR", "PT")));

	@Test
	void annualBillingCostsTheAnnualPrice() {
		assertThat(this.pricing.periodPrice(Money.of("1200", EUR), Billing.ANNUAL)).isEqualTo(Money.of("1200.00", EUR));
	}

	@Test
	void monthlyBillingCostsTheAnnualPricePlusTwentyPercentDividedByTwelve() {
		assertThat(this.pricing.periodPrice(Money.of("1200", EUR), Billing.MONTHLY)).isEqualTo(Money.of("120.00", EUR));
		assertThat(this.pricing.periodPrice(Money.of("990", EUR), Billing.MONTHLY)).isEqualTo(Money.of("99.00", EUR));
	}

	@Test
	void aMonthIsRoundedHalfUpToTheCentOnceNotAfterTheSurcharge() {
		// 100 × 1.2 ÷ 12 = 10 exactly; 99.99 × 1.2 ÷ 12 = 9.999 → 10.00
		assertThat(this.pricing.periodPrice(Money.of("99.99", EUR), Billing.MONTHLY)).isEqualTo(Money.of("10.00", EUR));
		// 0.05 × 1.2 ÷ 12 = 0.005 → 0.01 (half up), not 0.00 (half even)
		assertThat(this.pricing.periodPrice(Money.of("0.05", EUR), Billing.MONTHLY)).isEqualTo(Money.of("0.01", EUR));
		// 1000.10 × 1.2 ÷ 12 = 100.01
		assertThat(this.pricing.periodPrice(Money.of("1000.10", EUR), Billing.MONTHLY))
			.isEqualTo(Money.of("100.01", EUR));
		// 333.33 × 1.2 ÷ 12 = 33.333 → 33.33
		assertThat(this.pricing.periodPrice(Money.of("333.33", EUR), Billing.MONTHLY))
			.isEqualTo(Money.of("33.33", EUR));
	}

	@Test
	void theSurchargeIsConfigurable() {
		assertThat(new Pricing(new BigDecimal("0.10")).periodPrice(Money.of("1200", EUR), Billing.MONTHLY))
			.isEqualTo(Money.of("110.00", EUR));
	}

	@Test
	void vatIsComputedOnTheRoundedPeriodPriceAndRoundedHalfUp() {
		// 10.00 × 21 % = 2.10
		Quote month = Quote.of(Billing.MONTHLY, this.pricing.periodPrice(Money.of("99.99", EUR), Billing.MONTHLY),
				this.spain.of("ES", false));
		assertThat(month.vat()).isEqualTo(Money.of("2.10", EUR));
		assertThat(month.total()).isEqualTo(Money.of("12.10", EUR));
		// 0.50 × 21 % = 0.105 → 0.11
		Quote small = Quote.of(Billing.ANNUAL, Money.of("0.50", EUR), this.spain.of("ES", false));
		assertThat(small.vat()).isEqualTo(Money.of("0.11", EUR));
		assertThat(small.total()).isEqualTo(Money.of("0.61", EUR));
	}

	@Test
	void aYearOfHostingInSpainCostsTwentyOnePercentMore() {
		Quote year = Quote.of(Billing.ANNUAL, this.pricing.periodPrice(Money.of("1200", EUR), Billing.ANNUAL),
				this.spain.of("ES", true));
		assertThat(year.periodPriceExVat().amount()).isEqualByComparingTo("1200");
		assertThat(year.vatRate()).isEqualByComparingTo("21");
		assertThat(year.vat()).isEqualTo(Money.of("252.00", EUR));
		assertThat(year.total()).isEqualTo(Money.of("1452.00", EUR));
		assertThat(year.reverseCharge()).isFalse();
	}

	@Test
	void amountsAreDecimalsNeverFloatingPoint() {
		// 0.1 + 0.2 is 0.3 with decimals (a double gives 0.30000000000000004)
		assertThat(Money.of("0.1", EUR).plus(Money.of("0.2", EUR)).amount()).isEqualByComparingTo("0.3");
		assertThat(List.of(Money.of("1452", EUR).toString())).containsExactly("1452.00 EUR");
	}

}
