package eu.jdservices.caso.directory;

import java.util.List;

/**
 * Command: change one contact. The values are checked with the rules of the CSV import.
 *
 * @param name display name, or empty
 * @param roles role codes ({@code member}, {@code representative},
 * {@code top_executive}); none means member
 * @param managerEmail the manager's address, or empty
 * @param language {@code es}, {@code en} or empty
 * @param phone phone number, or empty
 * @param sharedMailbox whether the address is a mailbox shared by several people
 * @param acceptsEnglish whether the contact can work in English at B2 or better (S2.3)
 */
public record ChangeContact(String name, List<String> roles, String managerEmail, String language, String phone,
		boolean sharedMailbox, boolean acceptsEnglish) {

	public ChangeContact {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
	}

	/** A change that leaves out whether the contact works in English (no). */
	public ChangeContact(String name, List<String> roles, String managerEmail, String language, String phone,
			boolean sharedMailbox) {
		this(name, roles, managerEmail, language, phone, sharedMailbox, false);
	}

}
