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

	Directory(DirectoryStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
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
			if (this.store.upsert(row.contact(), organizationId, "IMPORT")) {
				created++;
			}
			else {
				updated++;
			}
		}
		errors.sort(java.util.Comparator.comparingLong(ImportResult.LineError::line));
		return new ImportResult(created, updated, errors);
	}

	private ImportResult.LineError error(long line, String key, Object[] args, Locale locale) {
		return new ImportResult.LineError(line, this.messages.getMessage(key, args, key, locale));
	}

}
