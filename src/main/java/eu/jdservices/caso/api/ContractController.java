package eu.jdservices.caso.api;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.accounts.AuditAction;
import eu.jdservices.caso.accounts.AuditLog;
import eu.jdservices.caso.contracts.Billing;
import eu.jdservices.caso.contracts.ContractView;
import eu.jdservices.caso.contracts.Contracts;
import eu.jdservices.caso.contracts.Deadline;
import eu.jdservices.caso.contracts.ImportOutcome;
import eu.jdservices.caso.contracts.QuoteView;
import eu.jdservices.caso.contracts.Quotes;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.directory.TaxProfile;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Contracts (S5): the CSV import, an organisation's contracts, the notice deadlines to
 * come, quotes, and a new VIES check of an organisation's VAT ID.
 */
@RestController
class ContractController {

	private final Contracts contracts;

	private final Quotes quotes;

	private final Directory directory;

	private final AuditLog audit;

	ContractController(Contracts contracts, Quotes quotes, Directory directory, AuditLog audit) {
		this.contracts = contracts;
		this.quotes = quotes;
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * Imports the contracts CSV of CONTRACT.md. 200 when every line was imported, 422
	 * when some lines were refused (the others are imported).
	 */
	@PostMapping(path = "/api/contracts/import", consumes = { "text/csv", "text/plain", "application/csv" })
	ResponseEntity<ImportOutcome> importCsv(@RequestBody String csv, Locale locale) throws IOException {
		ImportOutcome result = this.contracts.importCsv(new StringReader(csv), locale);
		this.audit.record(AuditAction.CONTRACTS_IMPORTED, "POST /api/contracts/import",
				"API: " + result.imported() + " imported, " + result.errors().size() + " lines refused");
		return ResponseEntity.status(result.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(result);
	}

	@GetMapping("/api/organizations/{domain}/contracts")
	List<ContractView> contracts(@PathVariable String domain) {
		return this.contracts.of(organization(domain));
	}

	/** The notice deadlines of the coming days, soonest first. */
	@GetMapping("/api/contracts/deadlines")
	List<Deadline> deadlines() {
		return this.contracts.upcomingDeadlines();
	}

	/**
	 * What a service at an annual price costs the organisation per billing period, with
	 * its VAT; the note and text in {@code language} ({@code es}, {@code en}), else the
	 * request's language.
	 */
	@GetMapping("/api/quotes")
	QuoteView quote(@RequestParam String organization, @RequestParam String annualPrice,
			@RequestParam(defaultValue = "ANNUAL") String billing, @RequestParam(required = false) String service,
			@RequestParam(required = false) String language, Locale locale) {
		BigDecimal price;
		try {
			price = new BigDecimal(annualPrice.strip());
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "annualPrice: not a decimal: " + annualPrice);
		}
		if (price.signum() < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "annualPrice: must not be negative");
		}
		Billing asked = Billing.parse(billing)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"billing: " + billing + " is neither ANNUAL nor MONTHLY"));
		Locale written = ("en".equals(language) || "es".equals(language)) ? Locale.forLanguageTag(language) : locale;
		return this.quotes.quote(organization(organization), price, asked, service, written);
	}

	/** Asks VIES again about the organisation's VAT ID (after "try later"). */
	@PostMapping("/api/organizations/{domain}/vat-check")
	TaxProfile checkVatId(@PathVariable String domain) {
		return this.directory.checkVatId(organization(domain));
	}

	private String organization(String domain) {
		return this.contracts.organizationOfDomain(domain)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No organization with domain " + domain));
	}

}
