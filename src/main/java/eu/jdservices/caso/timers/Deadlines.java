package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timers module's read API: the due times of cases and the state of their response
 * targets, for the case views of the API and the console.
 */
@Service
public class Deadlines {

	private final DeadlineStore store;

	Deadlines(DeadlineStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public CaseDeadlines of(long caseNumber) {
		return this.store.of(List.of(caseNumber)).getOrDefault(caseNumber, CaseDeadlines.none(caseNumber));
	}

	/** The deadlines of many cases in one query; a case without clocks is absent. */
	@Transactional(readOnly = true)
	public Map<Long, CaseDeadlines> of(Collection<Long> caseNumbers) {
		return this.store.of(caseNumbers);
	}

	/**
	 * The next {@code limit} cases with a due time (ours or the customer's) in the order
	 * of the next one, the soonest first (or the latest), after {@code after} (the last
	 * of the previous slice; {@code null} from the start); with {@code state}, only the
	 * cases whose response target stands so.
	 */
	@Transactional(readOnly = true)
	public List<DuePosition> byNextDue(ResponseTarget state, boolean latestFirst, DuePosition after, int limit) {
		return this.store.byNextDue(state, latestFirst, after, limit);
	}

	/** Which of the given cases missed our response target. */
	@Transactional(readOnly = true)
	public List<Long> breachedAmong(Collection<Long> caseNumbers) {
		return this.store.breachedAmong(caseNumbers);
	}

	/** How many customers' response windows ran out since then (S2.6). */
	@Transactional(readOnly = true)
	public long customerWindowsExpiredSince(OffsetDateTime since) {
		return this.store.customerWindowsExpiredSince(since);
	}

	/** The cases whose response target stands so ({@code SOON} or {@code BREACHED}). */
	@Transactional(readOnly = true)
	public List<Long> casesWith(ResponseTarget state) {
		return this.store.withResponseTarget(state);
	}

}
