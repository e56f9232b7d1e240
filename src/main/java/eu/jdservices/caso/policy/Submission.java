package eu.jdservices.caso.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Severity;

/**
 * A mail about to open a new case, with what the directory and the open cases say about
 * its sender: the input of {@link GuidelinePolicy#evaluate(Submission)}.
 *
 * @param mail the parsed mail
 * @param severity severity given by the intake address
 * @param sender the sender's directory entry, when there is one
 * @param organization the sender's organisation (by contact or by domain), or
 * {@code null}
 * @param customerDomain whether the sender's domain belongs to a customer organisation
 * @param organizationContacts all contacts of that organisation, empty if none
 * @param openCases open cases of the same organisation, newest first
 * @param ownAddresses our intake addresses, lower-case
 */
public record Submission(ParsedMail mail, Severity severity, Optional<Contact> sender, String organization,
		boolean customerDomain, List<Contact> organizationContacts, List<OpenCase> openCases,
		Set<String> ownAddresses) {

	public Submission {
		sender = (sender != null) ? sender : Optional.empty();
		organizationContacts = (organizationContacts != null) ? List.copyOf(organizationContacts) : List.of();
		openCases = (openCases != null) ? List.copyOf(openCases) : List.of();
		ownAddresses = (ownAddresses != null) ? Set.copyOf(ownAddresses) : Set.of();
	}

	/** The same submission with these open cases. */
	public Submission withOpenCases(List<OpenCase> cases) {
		return new Submission(this.mail, this.severity, this.sender, this.organization, this.customerDomain,
				this.organizationContacts, cases, this.ownAddresses);
	}

	/** The author's address (From), or an empty string when the mail names none. */
	public String fromAddress() {
		return (this.mail.from() != null) ? this.mail.from().email() : "";
	}

}
