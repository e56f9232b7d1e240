package eu.jdservices.caso.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotes API (S5): what a service at an annual price costs an organisation per
 * billing period, with its VAT, and the text an agent inserts into a reply.
 */
@Component
public class Quotes {

	private final Terms terms;

	Quotes(Terms terms) {
		this.terms = terms;
	}

	/**
	 * @param organization the organisation (its VAT: country and VAT ID)
	 * @param annualPrice the annual price excluding VAT, in
	 * {@code caso.contracts.currency}
	 * @param billing annual or monthly
	 * @param service the service quoted, or {@code null}
	 * @param locale the customer's language
	 */
	@Transactional(readOnly = true)
	public QuoteView quote(String organization, BigDecimal annualPrice, Billing billing, String service,
			Locale locale) {
		ContractsProperties settings = this.terms.properties();
		Money annual = new Money(annualPrice, settings.currency()).rounded();
		Quote quote = this.terms.quote(annual, billing, this.terms.vatOf(organization));
		String note = this.terms.text(quote.vatCase().noteKey(), locale, quote.vatRate());
		String text = String.join("\n", lines(quote, annual, note, service, locale));
		return new QuoteView(billing, annual.amount(), quote.periodPriceExVat().amount(), quote.vatRate(),
				quote.vat().amount(), quote.total().amount(), settings.currency().getCurrencyCode(),
				quote.reverseCharge(), quote.vatCase(), note, text);
	}

	private List<String> lines(Quote quote, Money annual, String note, String service, Locale locale) {
		ContractsProperties settings = this.terms.properties();
		String currency = annual.currency().getCurrencyCode();
		String period = this.terms.text("contracts.quote.period." + quote.billing().name(), locale);
		List<String> lines = new ArrayList<>();
		lines.add((service == null || service.isBlank()) ? this.terms.text("contracts.quote.title", locale)
				: this.terms.text("contracts.quote.title-service", locale, service.strip()));
		lines.add(this.terms.text("contracts.quote.annual", locale, annual.amount(), currency));
		lines.add(this.terms.text("contracts.quote.billing." + quote.billing().name(), locale,
				settings.monthlySurcharge().movePointRight(2).stripTrailingZeros().toPlainString()));
		lines
			.add(this.terms.text("contracts.quote.price", locale, period, quote.periodPriceExVat().amount(), currency));
		lines.add(this.terms.text("contracts.quote.vat", locale, quote.vatRate().stripTrailingZeros().toPlainString(),
				quote.vat().amount(), currency));
		lines.add(this.terms.text("contracts.quote.total", locale, period, quote.total().amount(), currency));
		lines.add(note);
		lines.add("");
		lines.add(this.terms.text("contracts.quote.terms", locale, settings.termMonths(), settings.noticeDays()));
		return lines;
	}

}
