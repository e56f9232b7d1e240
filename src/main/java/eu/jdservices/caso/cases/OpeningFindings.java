package eu.jdservices.caso.cases;

import java.util.List;

import eu.jdservices.caso.intake.Reason;

/**
 * What another module knows about a case being opened, kept on it as findings before the
 * case is announced ({@link CaseOpened}): e.g. the status page links a case that names a
 * service with an open incident ({@code OPEN_INCIDENT}). Implementations run in the
 * transaction that opens the case, so what they store is there for the acknowledgement;
 * they must not refuse the case.
 */
public interface OpeningFindings {

	/**
	 * @param caseNumber the new case
	 * @param subject its subject
	 * @param text the new text of its opening mail (quoted history left out)
	 * @return what was found (may be empty)
	 */
	List<Found> about(long caseNumber, String subject, String text);

	/**
	 * One finding.
	 *
	 * @param code its code
	 * @param detail what exactly was found
	 */
	record Found(Reason code, String detail) {
	}

}
