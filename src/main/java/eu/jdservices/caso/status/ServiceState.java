package eu.jdservices.caso.status;

import java.util.Collection;
import java.util.Comparator;

/**
 * The state of a service on the status page, from the best to the worst: when several
 * incidents are on, the worst wins.
 */
public enum ServiceState {

	OPERATIONAL, MAINTENANCE, DEGRADED, PARTIAL_OUTAGE, MAJOR_OUTAGE;

	/** The worst of the states, {@code OPERATIONAL} when there is none. */
	public static ServiceState worst(Collection<ServiceState> states) {
		return states.stream().max(Comparator.naturalOrder()).orElse(OPERATIONAL);
	}

	/** The CSS class and message-key suffix: {@code partial-outage}. */
	public String css() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
