package eu.jdservices.caso.timers;

import org.springframework.context.ApplicationContext;

/**
 * For end-to-end tests outside this package: fires what is due now, as the scheduled
 * sweep would.
 */
public final class TimerSweeps {

	private final TimerSweep sweep;

	public TimerSweeps(ApplicationContext context) {
		this.sweep = context.getBean(TimerSweep.class);
	}

	/** Fires every due timer and reminder; how many fired. */
	public int sweep() {
		return this.sweep.sweep();
	}

}
