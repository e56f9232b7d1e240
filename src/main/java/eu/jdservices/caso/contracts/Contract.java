package eu.jdservices.caso.contracts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A service an organisation has contracted (S5): its annual price excluding VAT, how it
 * is billed, when it started, its term, whether it renews and the notice a change needs.
 * Terms are counted from the start date: the k-th renewal is the start plus k terms, so a
 * contract started on 31 January renews on the last day of a shorter month when the term
 * ends there, and one started on 29 February renews on 28 February in common years and on
 * 29 February in leap years. Pure: the day is given.
 *
 * @param id its id (0 before it is stored)
 * @param organization the organisation's name in the directory
 * @param service the catalogue key of the service
 * @param annualPrice the price of a year, excluding VAT
 * @param billing annual or monthly
 * @param startDate the first day
 * @param termMonths the length of a term
 * @param autoRenew whether it renews at the end of each term
 * @param noticeDays how many days before a renewal a change or cancellation must arrive
 * @param endsOn the day it ends when it was cancelled, or {@code null}
 */
public record Contract(long id, String organization, String service, Money annualPrice, Billing billing,
		LocalDate startDate, int termMonths, boolean autoRenew, int noticeDays, LocalDate endsOn) {

	/** The start of the k-th term after the first (k = 1: the first renewal). */
	LocalDate anniversary(long k) {
		return this.startDate.plusMonths(k * this.termMonths);
	}

	/**
	 * The day it ends, when it does: cancelled, or at the end of its term without
	 * renewal.
	 */
	public Optional<LocalDate> end() {
		if (this.endsOn != null) {
			return Optional.of(this.endsOn);
		}
		return this.autoRenew ? Optional.empty() : Optional.of(anniversary(1));
	}

	public ContractStatus status(LocalDate today) {
		if (today.isBefore(this.startDate)) {
			return ContractStatus.PENDING;
		}
		Optional<LocalDate> end = end();
		if (end.isEmpty()) {
			return ContractStatus.ACTIVE;
		}
		return today.isBefore(end.get()) ? ContractStatus.ENDING : ContractStatus.ENDED;
	}

	/** The next renewal after the day, unless the contract ends instead. */
	public Optional<Renewal> renewal(LocalDate today) {
		if (end().isPresent()) {
			return Optional.empty();
		}
		long k = nextTerm(today);
		LocalDate renewsOn = anniversary(k);
		return Optional.of(new Renewal(renewsOn, renewsOn.minusDays(this.noticeDays), anniversary(k + 1)));
	}

	/**
	 * When a change or cancellation asked on a day takes effect: at the next renewal when
	 * it arrives by the notice deadline, at the renewal after next when it arrives later
	 * (late notice); at its end for a contract that does not renew.
	 */
	public RequestEffect changeAskedOn(LocalDate day) {
		Optional<Renewal> renewal = renewal(day);
		if (renewal.isEmpty()) {
			LocalDate end = end().orElseThrow();
			return new RequestEffect(day.isAfter(end) ? day : end, false, null);
		}
		Renewal next = renewal.get();
		return day.isAfter(next.noticeDeadline())
				? new RequestEffect(next.renewalAfterNext(), true, next.noticeDeadline())
				: new RequestEffect(next.renewsOn(), false, next.noticeDeadline());
	}

	/** The smallest k ≥ 1 whose anniversary is after the day. */
	private long nextTerm(LocalDate today) {
		if (today.isBefore(this.startDate)) {
			return 1;
		}
		long k = Math.max(1, ChronoUnit.MONTHS.between(this.startDate, today) / this.termMonths);
		while (k > 1 && anniversary(k - 1).isAfter(today)) {
			k--;
		}
		while (!anniversary(k).isAfter(today)) {
			k++;
		}
		return k;
	}

	/** The same contract, cancelled: it ends on that day. */
	Contract endingOn(LocalDate day) {
		return new Contract(this.id, this.organization, this.service, this.annualPrice, this.billing, this.startDate,
				this.termMonths, this.autoRenew, this.noticeDays, day);
	}

}
