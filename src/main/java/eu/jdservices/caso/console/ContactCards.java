package eu.jdservices.caso.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.jdservices.caso.cases.CaseSummary;
import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.directory.Role;

import org.springframework.stereotype.Component;

/**
 * What the directory knows about each contact of a case: name, phone, language, manager,
 * whether they work in English (S2.3), and the top executive of the contact's
 * organisation.
 */
@Component
class ContactCards {

	private final Directory directory;

	ContactCards(Directory directory) {
		this.directory = directory;
	}

	List<Card> of(CaseSummary summary) {
		Map<String, Optional<String>> topExecutives = new HashMap<>();
		Map<String, CaseSummary.FailingContact> failing = new HashMap<>();
		summary.failingContacts().forEach((contact) -> failing.put(contact.email(), contact));
		return summary.contacts().stream().map((email) -> {
			Optional<Contact> known = this.directory.contact(email);
			String organization = known.map(Contact::organization).orElse(summary.organization());
			Optional<String> topExecutive = (organization == null) ? Optional.empty()
					: topExecutives.computeIfAbsent(organization, this::topExecutiveOf);
			return new Card(email, known.map(Contact::name).orElse(null), known.map(Contact::phone).orElse(null),
					known.map(Contact::language).orElse(null), known.map(Contact::managerEmail).orElse(null),
					topExecutive.orElse(null), failing.get(email), known.map(Contact::acceptsEnglish).orElse(false));
		}).toList();
	}

	private Optional<String> topExecutiveOf(String organization) {
		return this.directory.contactsOf(organization)
			.stream()
			.filter((contact) -> contact.has(Role.TOP_EXECUTIVE))
			.map((contact) -> (contact.name() != null) ? contact.name() + " <" + contact.email() + ">"
					: contact.email())
			.findFirst();
	}

	/**
	 * One contact as the case view shows it; {@code null} for what the directory does not
	 * know, and {@code failing} when our mail does not reach it.
	 */
	record Card(String email, String name, String phone, String language, String manager, String topExecutive,
			CaseSummary.FailingContact failing, boolean acceptsEnglish) {

		/** The message key saying what failed: our acknowledgement, a bounce, … */
		public String failingKey() {
			if (this.failing == null) {
				return null;
			}
			if (this.failing.mail() == null) {
				return "console.contacts.failing.INVALID_ADDRESS";
			}
			return switch (this.failing.mail()) {
				case ACKNOWLEDGEMENT, BOUNCE -> "console.contacts.failing." + this.failing.mail();
				default -> "console.contacts.failing.MAIL";
			};
		}

	}

}
