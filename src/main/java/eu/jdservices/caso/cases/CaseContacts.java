package eu.jdservices.caso.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.apache.commons.validator.routines.EmailValidator;

/**
 * The authorised contacts of a case (S1.5), in the order they joined: only they may add
 * to it, and they receive its mail. A case keeps at least one.
 */
final class CaseContacts {

	private final long number;

	private final List<String> emails;

	private final CaseChanges changes;

	CaseContacts(long number, List<String> emails, CaseChanges changes) {
		this.number = number;
		this.emails = new ArrayList<>(emails);
		this.changes = changes;
	}

	boolean contains(String email) {
		return this.emails.contains(normalized(email));
	}

	List<String> list() {
		return List.copyOf(this.emails);
	}

	/** Someone joins (from a mail's copy, a merge); false when already a contact. */
	boolean join(String email) {
		String address = normalized(email);
		if (this.emails.contains(address)) {
			return false;
		}
		this.emails.add(address);
		this.changes.contactAdded(address);
		return true;
	}

	/** An agent authorises an address: a valid one that is not ours and not there yet. */
	String authorise(String email, Predicate<String> ours) {
		String address = normalized(email);
		if (!EmailValidator.getInstance(false, true).isValid(address)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_INVALID, address);
		}
		if (ours.test(address)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_OURS, address);
		}
		if (!join(address)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_PRESENT, address, this.number);
		}
		return address;
	}

	/** An agent takes an address off; the last contact stays. */
	String remove(String email) {
		String address = normalized(email);
		if (!this.emails.contains(address)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_ABSENT, address, this.number);
		}
		if (this.emails.size() == 1) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_LAST, this.number);
		}
		this.emails.remove(address);
		this.changes.contactRemoved(address);
		return address;
	}

	static String normalized(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
