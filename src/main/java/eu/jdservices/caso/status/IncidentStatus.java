package eu.jdservices.caso.status;

/**
 * Where the work on an incident stands: investigating → identified → monitoring →
 * resolved. A resolved incident takes no more updates.
 */
public enum IncidentStatus {

	INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED;

	public boolean isOpen() {
		return this != RESOLVED;
	}

}
