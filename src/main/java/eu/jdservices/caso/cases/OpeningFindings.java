package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;

/**
 * What another module knows about a case being opened, kept on it as findings before the
 * case is announced ({@link CaseOpened}): e.g. the status page links a case that names a
 * service with an open incident ({@code OPEN_INCIDENT}), contracts link a request about a
 * contract ({@code CONTRACT_REQUEST}). Implementations run in the transaction that opens
 * the case, so what they store is there for the acknowledgement; they must not refuse the
 * case.
 */
public interface OpeningFindings {

	/**
	 * @param opening the new case and what is already known about it
	 * @return what was found (may be empty)
	 */
	List<Found> about(Opening opening);

	/**
	 * A case being opened, as its opening mail and the directory tell it.
	 *
	 * @param caseNumber the new case
	 * @param severity its severity
	 * @param subject its subject
	 * @param text the new text of its opening mail (quoted history left out)
	 * @param organization its organisation, or {@code null}
	 * @param requester the sender's directory entry, or {@code null} when unknown
	 * @param language the language the case is written to in ({@code es} or {@code en})
	 * @param services the catalogue services the subject or text names
	 * @param at when it opens
	 */
	record Opening(long caseNumber, Severity severity, String subject, String text, String organization,
			Contact requester, String language, List<Service> services, OffsetDateTime at) {

		public Opening {
			services = List.copyOf(services);
		}

	}

	/**
	 * One finding.
	 *
	 * @param code its code
	 * @param detail what exactly was found, for agents
	 * @param note what the acknowledgement tells the customer about it, or {@code null}
	 */
	record Found(Reason code, String detail, GuidelineNote note) {

		/** A finding for agents only. */
		public Found(Reason code, String detail) {
			this(code, detail, null);
		}

	}

}
