package eu.jdservices.caso.cases;

/**
 * A mail opened a new case.
 *
 * @param snapshot the case
 * @param opening the customer's opening mail
 */
public record CaseOpened(CaseSnapshot snapshot, InReplyTo opening) {
}
