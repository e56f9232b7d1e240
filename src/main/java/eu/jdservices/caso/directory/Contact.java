package eu.jdservices.caso.directory;

import java.util.Set;

/**
 * A person (or declared shared mailbox) of a customer organisation.
 *
 * @param email address, lower-case
 * @param name display name
 * @param organization organisation name, or {@code null}
 * @param roles roles in the organisation
 * @param managerEmail the contact's manager, or {@code null}
 * @param language preferred language ({@code es} or {@code en}), or {@code null} when
 * unknown
 * @param phone phone number, or {@code null}
 * @param sharedMailbox whether the address is a mailbox shared by several people
 * @param acceptsEnglish whether the contact can work in English at B2 or better (S2.3)
 */
public record Contact(String email, String name, String organization, Set<Role> roles, String managerEmail,
		String language, String phone, boolean sharedMailbox, boolean acceptsEnglish) {

	public Contact {
		roles = Set.copyOf(roles);
	}

	/** A contact who has not said whether they work in English. */
	public Contact(String email, String name, String organization, Set<Role> roles, String managerEmail,
			String language, String phone, boolean sharedMailbox) {
		this(email, name, organization, roles, managerEmail, language, phone, sharedMailbox, false);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
