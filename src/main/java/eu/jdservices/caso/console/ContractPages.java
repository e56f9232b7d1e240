package eu.jdservices.caso.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import eu.jdservices.caso.accounts.AuditAction;
import eu.jdservices.caso.accounts.AuditLog;
import eu.jdservices.caso.contracts.Billing;
import eu.jdservices.caso.contracts.Contracts;
import eu.jdservices.caso.contracts.ImportOutcome;
import eu.jdservices.caso.contracts.Quotes;
import eu.jdservices.caso.directory.Directory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agents see the notice deadlines to come and each organisation's contracts (price per
 * period, VAT, renewal, notice deadline, the requests cases brought) and make a quote;
 * administrators import the contracts CSV.
 */
@Controller
class ContractPages {

	private final Contracts contracts;

	private final Quotes quotes;

	private final Directory directory;

	private final AuditLog audit;

	ContractPages(Contracts contracts, Quotes quotes, Directory directory, AuditLog audit) {
		this.contracts = contracts;
		this.quotes = quotes;
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping("/contracts")
	String deadlines(Model model) {
		model.addAttribute("deadlines", this.contracts.upcomingDeadlines());
		model.addAttribute("organizations", this.directory.organizations());
		return "contracts/list";
	}

	@GetMapping("/contracts/{organization}")
	String organization(@PathVariable String organization, @RequestParam(required = false) String annualPrice,
			@RequestParam(defaultValue = "ANNUAL") String billing, @RequestParam(required = false) String service,
			@RequestParam(required = false) String language, Locale locale, Model model) {
		if (this.directory.organizations().stream().noneMatch((known) -> known.name().equals(organization))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("organization", organization);
		model.addAttribute("contracts", this.contracts.of(organization));
		model.addAttribute("requests", this.contracts.requestsOf(organization));
		model.addAttribute("tax", this.directory.taxProfile(organization));
		model.addAttribute("billings", Billing.values());
		if (annualPrice != null) {
			QuoteForm form = QuoteForm.read(annualPrice, billing, service);
			model.addAttribute("quoteForm", form);
			if (form.valid()) {
				Locale written = ("en".equals(language) || "es".equals(language)) ? Locale.forLanguageTag(language)
						: locale;
				model.addAttribute("quote",
						this.quotes.quote(organization, form.price(), form.billing(), form.service(), written));
			}
		}
		return "contracts/organization";
	}

	@PostMapping("/admin/contracts/import")
	String importCsv(@RequestParam(required = false) MultipartFile file, Locale locale, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("failed", "console.contracts.import.no-file");
			return "redirect:/contracts";
		}
		ImportOutcome result;
		try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			result = this.contracts.importCsv(csv, locale);
		}
		this.audit.record(AuditAction.CONTRACTS_IMPORTED, file.getOriginalFilename(),
				"console: " + result.imported() + " imported, " + result.errors().size() + " lines refused");
		redirect.addFlashAttribute("imported", result);
		return "redirect:/contracts";
	}

	/**
	 * What an agent typed into a quote form: an annual price excluding VAT, a billing, a
	 * service (optional).
	 */
	record QuoteForm(String annualPrice, Billing billing, String service, BigDecimal price, String error) {

		static QuoteForm read(String annualPrice, String billing, String service) {
			Billing asked = Billing.parse(billing).orElse(Billing.ANNUAL);
			String blankless = (service == null || service.isBlank()) ? null : service.strip();
			try {
				BigDecimal price = new BigDecimal(annualPrice.strip().replace(',', '.'));
				if (price.signum() < 0 || price.scale() > 2 || price.precision() - price.scale() > 12) {
					return new QuoteForm(annualPrice, asked, blankless, null, "console.quote.price-invalid");
				}
				return new QuoteForm(annualPrice, asked, blankless, price, null);
			}
			catch (NumberFormatException ex) {
				return new QuoteForm(annualPrice, asked, blankless, null, "console.quote.price-invalid");
			}
		}

		public boolean valid() {
			return this.error == null;
		}

	}

}
