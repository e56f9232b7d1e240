package eu.jdservices.caso.contracts;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.jdservices.caso.catalogue.Catalogue;
import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.directory.Directory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts API (S5): what each organisation has contracted, at what price and VAT,
 * when it renews and until when it can be changed; the CSV import; the deadlines to come.
 */
@Component
public class Contracts {

	private final ContractStore store;

	private final Terms terms;

	private final Directory directory;

	private final Catalogue catalogue;

	private final RenewalNotices notices;

	private final MessageSource messages;

	Contracts(ContractStore store, Terms terms, Directory directory, Catalogue catalogue, RenewalNotices notices,
			MessageSource messages) {
		this.store = store;
		this.terms = terms;
		this.directory = directory;
		this.catalogue = catalogue;
		this.notices = notices;
		this.messages = messages;
	}

	/** The organisation owning a mail domain. */
	@Transactional(readOnly = true)
	public Optional<String> organizationOfDomain(String domain) {
		return this.directory.organizationOfDomain(domain);
	}

	/** An organisation's contracts as they stand today, by service. */
	@Transactional(readOnly = true)
	public List<ContractView> of(String organization) {
		LocalDate today = this.terms.today();
		VatTreatment vat = this.terms.vatOf(organization);
		return this.store.of(organization).stream().map((contract) -> this.terms.view(contract, vat, today)).toList();
	}

	/** The requests cases brought about an organisation's contracts, newest first. */
	@Transactional(readOnly = true)
	public List<ContractRequest> requestsOf(String organization) {
		return this.store.requestsOf(organization);
	}

	/**
	 * The notice deadlines of the next {@code caso.contracts.upcoming-days} days (and
	 * today's), soonest first.
	 */
	@Transactional(readOnly = true)
	public List<Deadline> upcomingDeadlines() {
		LocalDate today = this.terms.today();
		LocalDate until = today.plusDays(this.terms.properties().upcomingDays());
		List<Deadline> deadlines = new ArrayList<>();
		for (Contract contract : this.store.renewing()) {
			contract.renewal(today)
				.filter((renewal) -> !renewal.noticeDeadline().isBefore(today)
						&& !renewal.noticeDeadline().isAfter(until))
				.ifPresent((renewal) -> deadlines.add(new Deadline(contract.id(), contract.organization(),
						this.terms.serviceName(contract.service()), renewal.noticeDeadline(), renewal.renewsOn(),
						ChronoUnit.DAYS.between(today, renewal.noticeDeadline()))));
		}
		deadlines.sort(Comparator.comparing(Deadline::noticeDeadline).thenComparing(Deadline::organization));
		return deadlines;
	}

	/**
	 * Imports the contracts CSV of CONTRACT.md: each line creates or changes the contract
	 * of its organisation and service (idempotent); a service the catalogue does not know
	 * by key or name is added to it; every refused line is reported with its number and
	 * what is wrong.
	 */
	@Transactional
	public ImportOutcome importCsv(Reader csv, Locale locale) throws IOException {
		ContractsProperties settings = this.terms.properties();
		ContractsCsv.Parsed parsed = ContractsCsv.parse(csv, new ContractsCsv.Defaults(settings.currency(),
				settings.termMonths(), settings.autoRenew(), settings.noticeDays()));
		List<ImportOutcome.LineError> errors = new ArrayList<>();
		parsed.problems()
			.forEach((problem) -> errors.add(error(problem.line(), problem.key(), problem.args(), locale)));
		int imported = 0;
		for (ContractsCsv.Row row : parsed.rows()) {
			Optional<String> organization = this.directory.organizationOfDomain(row.domain());
			if (organization.isEmpty()) {
				errors.add(error(row.line(), "contracts.import.unknown-domain", new Object[] { row.domain() }, locale));
				continue;
			}
			Service service = this.catalogue.findByKeyOrName(row.service())
				.orElseGet(
						() -> this.catalogue.save(new Service(keyFor(row.service()), row.service(), List.of(), null)));
			Contract contract = new Contract(0, organization.get(), service.key(), row.annualPrice(), row.billing(),
					row.startDate(), row.termMonths(), row.autoRenew(), row.noticeDays(), null);
			long id = this.store.save(contract, this.terms.now());
			this.notices.schedule(this.store.find(id).orElseThrow());
			imported++;
		}
		errors.sort(Comparator.comparingLong(ImportOutcome.LineError::line));
		return new ImportOutcome(imported, errors);
	}

	/**
	 * A catalogue key for a service named in the CSV: its words in lower case, joined by
	 * dashes.
	 */
	static String keyFor(String name) {
		String key = String.join("-", eu.jdservices.caso.intake.MailWords.words(name));
		key = key.isEmpty() ? "service" : key;
		return (key.length() > 64) ? key.substring(0, 64) : key;
	}

	private ImportOutcome.LineError error(long line, String key, Object[] args, Locale locale) {
		return new ImportOutcome.LineError(line, this.messages.getMessage(key, args, key, locale));
	}

}
