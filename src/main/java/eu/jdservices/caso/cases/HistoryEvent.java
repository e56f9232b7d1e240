package eu.jdservices.caso.cases;

/** What a step in a case's history was about. */
public enum HistoryEvent {

	STATUS, SEVERITY, ASSIGNMENT, CONTACT_ADDED, CONTACT_REMOVED, CONTACT_FAILING, MERGED, SPLIT, LINKED, REMINDER,
	RELEASED_BY_AGENT

}
