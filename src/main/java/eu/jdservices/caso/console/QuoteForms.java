package eu.jdservices.caso.console;

import java.util.Locale;

import eu.jdservices.caso.cases.CaseDetails;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.contracts.Quotes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * S5: the quote of a case's reply form. The agent gives an annual price, a billing and
 * the service; the case page comes back with the quote — period price excluding VAT, VAT,
 * total, billing, renewal terms, for the case's organisation and in the case's language —
 * added to the reply being written (nothing is sent yet).
 */
@Controller
class QuoteForms {

	private final Cases cases;

	private final CaseViews views;

	private final Quotes quotes;

	QuoteForms(Cases cases, CaseViews views, Quotes quotes) {
		this.cases = cases;
		this.views = views;
		this.quotes = quotes;
	}

	@PostMapping("/cases/{number}/insert-quote")
	String insertQuote(@PathVariable long number, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String annualPrice, @RequestParam(defaultValue = "ANNUAL") String billing,
			@RequestParam(required = false) String service, Model model) {
		CaseDetails details = this.cases.find(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ContractPages.QuoteForm form = ContractPages.QuoteForm.read(annualPrice, billing, service);
		this.views.prepare(number, model);
		model.addAttribute("quoteForm", form);
		if (!form.valid()) {
			model.addAttribute("draft", new CaseActionForms.Draft("reply", text));
			return "cases/detail";
		}
		String quote = this.quotes
			.quote(details.summary().organization(), form.price(), form.billing(), form.service(),
					Locale.forLanguageTag(details.summary().language()))
			.text();
		model.addAttribute("draft",
				new CaseActionForms.Draft("reply", (text.stripTrailing() + "\n\n" + quote).strip()));
		return "cases/detail";
	}

}
