package eu.jdservices.caso.status;

/**
 * How badly an incident hits its services; {@code MAINTENANCE} is scheduled work.
 */
public enum Impact {

	DEGRADED, PARTIAL_OUTAGE, MAJOR_OUTAGE, MAINTENANCE;

	/** The state a service is in while this incident is on. */
	public ServiceState state() {
		return ServiceState.valueOf(name());
	}

}
