package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;

/**
 * What never changes about a case once it is open.
 *
 * @param number its number, never reused
 * @param subject the subject it opened with
 * @param organization the requester's organisation, or {@code null}
 * @param requester who opened it
 * @param requesterName their display name (may be empty)
 * @param language the language we write in
 * @param createdAt when it opened
 */
record CaseFacts(long number, String subject, String organization, String requester, String requesterName,
		String language, OffsetDateTime createdAt) {

	CaseFacts {
		requesterName = (requesterName != null) ? requesterName : "";
	}

}
