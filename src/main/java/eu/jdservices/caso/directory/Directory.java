package eu.jdservices.caso.directory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer directory: who writes to us, for which organisation, with which roles.
 */
@Service
public class Directory {

	private final DirectoryStore store;

	private final MessageSource messages;

	private final ViesClient vies;

	Directory(DirectoryStore store, MessageSource messages, ViesClient vies) {
		this.store = store;
		this.messages = messages;
		this.vies = vies;
	}

	/** The organisation that owns a mail domain. */
	@Transactional(readOnly = true)
	public Optional<String> organizationOfDomain(String domain) {
		return this.store.organizationOfDomain(domain.strip().toLowerCase(Locale.ROOT));
	}

	/** What VAT needs to know of an organisation: country, VAT ID and its check. */
	@Transactional(readOnly = true)
	public TaxProfile taxProfile(String organization) {
		return this.store.taxProfile(organization).orElseGet(() -> TaxProfile.unknown(organization));
	}

	/**
	 * Asks VIES again about the organisation's VAT ID (after an answer of "try later");
	 * without a VIES endpoint, or without an EU VAT ID, nothing changes.
	 * @return what is known now
	 */
	@Transactional
	public TaxProfile checkVatId(String organization) {
		TaxProfile profile = taxProfile(organization);
		if (profile.vatId() != null && profile.status() != VatIdStatus.NOT_CHECKED) {
			VatIds.read(null, profile.vatId())
				.id()
				.flatMap(this.vies::check)
				.ifPresent((check) -> this.store.recordVies(organization, check));
		}
		return taxProfile(organization);
	}

	@Transactional(readOnly = true)
	public Optional<Contact> contact(String email) {
		return this.store.contact(email.trim().toLowerCase(Locale.ROOT));
	}

	/**
	 * The organisation a mail address belongs to: the contact's, else the one owning its
	 * domain.
	 */
	@Transactional(readOnly = true)
	public Optional<String> organizationOf(String email) {
		String normalized = email.trim().toLowerCase(Locale.ROOT);
		return this.store.contact(normalized)
			.map(Contact::organization)
			.or(() -> this.store.organizationOfDomain(normalized.substring(normalized.lastIndexOf('@') + 1)));
	}

	/** Every contact of an organisation. */
	@Transactional(readOnly = true)
	public List<Contact> contactsOf(String organization) {
		return (organization != null) ? this.store.contactsOf(organization) : List.of();
	}

	/** Every organisation with its domains and how many contacts it has, by name. */
	@Transactional(readOnly = true)
	public List<Organization> organizations() {
		return this.store.organizations();
	}

	/**
	 * Changes one contact's name, roles, manager, language, phone and shared-mailbox flag
	 * with the rules of the CSV import; its address and organisation stay.
	 * @return the contact as changed, or empty when there is no such contact
	 * @throws ContactRefused when a value breaks a rule (the message is in the locale)
	 */
	@Transactional
	public Optional<Contact> changeContact(String email, ChangeContact change, Locale locale) {
		Optional<Contact> current = this.store.contact(email.trim().toLowerCase(Locale.ROOT));
		if (current.isEmpty()) {
			return Optional.empty();
		}
		Contact contact = current.get();
		java.util.Map<String, String> values = new java.util.HashMap<>();
		values.put("organization", (contact.organization() != null) ? contact.organization() : "-");
		values.put("email", contact.email());
		values.put("name", change.name());
		values.put("role", String.join("|", change.roles()));
		values.put("manager_email", change.managerEmail());
		values.put("language", change.language());
		values.put("phone", change.phone());
		values.put("shared_mailbox", Boolean.toString(change.sharedMailbox()));
		values.put("accepts_english", Boolean.toString(change.acceptsEnglish()));
		DirectoryCsv.Parsed checked = DirectoryCsv.check(values::get, 0);
		if (!checked.problems().isEmpty()) {
			DirectoryCsv.Problem problem = checked.problems().get(0);
			throw new ContactRefused(this.messages.getMessage(problem.key(), problem.args(), problem.key(), locale));
		}
		Contact changed = checked.rows().get(0).contact();
		Contact kept = new Contact(changed.email(), changed.name(), contact.organization(), changed.roles(),
				changed.managerEmail(), changed.language(), changed.phone(), changed.sharedMailbox(),
				changed.acceptsEnglish());
		this.store.upsert(kept,
				(contact.organization() != null) ? this.store.organizationId(contact.organization()) : null, "CONSOLE");
		return Optional.of(kept);
	}

	/** Whether the address's domain belongs to a customer organisation. */
	@Transactional(readOnly = true)
	public boolean isCustomerDomain(String email) {
		String normalized = email.trim().toLowerCase(Locale.ROOT);
		return this.store.organizationOfDomain(normalized.substring(normalized.lastIndexOf('@') + 1)).isPresent();
	}

	/**
	 * S1.4: someone new writing from a customer's domain becomes a contact of that
	 * organisation (role member); an existing contact is left as it is.
	 */
	@Transactional
	public Optional<Contact> addContactFromMail(String email, String name) {
		String normalized = email.trim().toLowerCase(Locale.ROOT);
		if (this.store.contact(normalized).isPresent()) {
			return Optional.empty();
		}
		Optional<String> organization = this.store
			.organizationOfDomain(normalized.substring(normalized.lastIndexOf('@') + 1));
		if (organization.isEmpty()) {
			return Optional.empty();
		}
		Contact contact = new Contact(normalized, (name == null || name.isBlank()) ? null : name.strip(),
				organization.get(), java.util.Set.of(Role.MEMBER), null, null, null, false);
		this.store.upsert(contact, this.store.organizationId(organization.get()), "MAIL");
		return Optional.of(contact);
	}

	/**
	 * Imports the directory CSV of CONTRACT.md: idempotent (contacts are matched by
	 * address, organisations by name), good lines are imported, every bad line is
	 * reported with its number and what is wrong.
	 */
	@Transactional
	public ImportResult importCsv(Reader csv, Locale locale) throws IOException {
		DirectoryCsv.Parsed parsed = DirectoryCsv.parse(csv);
		List<ImportResult.LineError> errors = new ArrayList<>();
		parsed.problems()
			.forEach((problem) -> errors.add(error(problem.line(), problem.key(), problem.args(), locale)));
		int created = 0;
		int updated = 0;
		java.util.Set<String> newVatIds = new java.util.LinkedHashSet<>();
		for (DirectoryCsv.Row row : parsed.rows()) {
			long organizationId = this.store.organizationId(row.organization());
			Optional<String> clash = row.domains()
				.stream()
				.filter((domain) -> this.store.organizationOfDomain(domain)
					.filter((owner) -> !owner.equals(row.organization()))
					.isPresent())
				.findFirst();
			if (clash.isPresent()) {
				errors.add(error(row.line(), "directory.import.domain-taken",
						new Object[] { clash.get(), this.store.organizationOfDomain(clash.get()).orElse("") }, locale));
				continue;
			}
			row.domains().forEach((domain) -> this.store.addDomain(organizationId, domain));
			if (row.country() != null || row.vatId() != null) {
				VatIdStatus status = (row.vatId() != null && VatIds.read(null, row.vatId()).id().isPresent())
						? VatIdStatus.NOT_CONFIRMED : VatIdStatus.NOT_CHECKED;
				if (this.store.setTax(organizationId, row.country(), row.vatId(), status)
						&& status == VatIdStatus.NOT_CONFIRMED) {
					newVatIds.add(row.organization());
				}
			}
			if (this.store.upsert(row.contact(), organizationId, "IMPORT")) {
				created++;
			}
			else {
				updated++;
			}
		}
		if (this.vies.configured()) {
			newVatIds.forEach(this::checkVatId);
		}
		errors.sort(java.util.Comparator.comparingLong(ImportResult.LineError::line));
		return new ImportResult(created, updated, errors);
	}

	private ImportResult.LineError error(long line, String key, Object[] args, Locale locale) {
		return new ImportResult.LineError(line, this.messages.getMessage(key, args, key, locale));
	}

}
