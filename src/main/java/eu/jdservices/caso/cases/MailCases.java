package eu.jdservices.caso.cases;

import java.util.Optional;

import eu.jdservices.caso.intake.ParsedMail;

/**
 * Another module knows which case a mail belongs to when neither its reply headers nor
 * its subject say: e.g. a calendar client's reply names the UID of a meeting of the case.
 * Asked only after the reply headers and the subject's case tag.
 */
public interface MailCases {

	/** The case the mail belongs to, if this module knows it. */
	Optional<Long> caseOf(ParsedMail mail);

}
