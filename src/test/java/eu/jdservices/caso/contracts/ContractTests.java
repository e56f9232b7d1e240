package eu.jdservices.caso.contracts;

import java.time.LocalDate;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S5.3: a contract renews every term counted from its start, a change or cancellation
 * needs its notice days before the renewal, and one given later takes effect at the
 * renewal after next.
 */
class ContractTests {

	static Contract contract(String start, int termMonths, boolean autoRenew, int noticeDays) {
		return new Contract(1, "Talleres Ebro SA", "hosting", Money.of("1200", Currency.getInstance("EUR")),
				Billing.ANNUAL, LocalDate.parse(start), termMonths, autoRenew, noticeDays, null);
	}

	static LocalDate day(String date) {
		return LocalDate.parse(date);
	}

	@Test
	void aContractRenewsOnTheAnniversaryOfItsStartAndNoticeIsDueThirtyDaysBefore() {
		Contract hosting = contract("2025-03-01", 12, true, 30);

		Renewal next = hosting.renewal(day("2026-01-10")).orElseThrow();

		assertThat(next.renewsOn()).isEqualTo(day("2026-03-01"));
		// 2026 is a common year: February has 28 days
		assertThat(next.noticeDeadline()).isEqualTo(day("2026-01-30"));
		assertThat(next.renewalAfterNext()).isEqualTo(day("2027-03-01"));
		assertThat(hosting.status(day("2026-01-10"))).isEqualTo(ContractStatus.ACTIVE);
	}

	@Test
	void theNoticeDeadlineCountsLeapYearsDays() {
		// 1 March 2028 minus 30 days: 29 February has to be counted
		assertThat(contract("2025-03-01", 12, true, 30).renewal(day("2027-12-01")).orElseThrow().noticeDeadline())
			.isEqualTo(day("2028-01-31"));
	}

	@Test
	void onTheRenewalDayTheNextRenewalIsAYearLater() {
		assertThat(contract("2025-03-01", 12, true, 30).renewal(day("2026-03-01")).orElseThrow().renewsOn())
			.isEqualTo(day("2027-03-01"));
		assertThat(contract("2025-03-01", 12, true, 30).renewal(day("2026-02-28")).orElseThrow().renewsOn())
			.isEqualTo(day("2026-03-01"));
	}

	@Test
	void aContractStartedOnTwentyNinthFebruaryRenewsOnTheLastDayOfFebruary() {
		Contract leap = contract("2024-02-29", 12, true, 30);

		assertThat(leap.renewal(day("2024-06-01")).orElseThrow().renewsOn()).isEqualTo(day("2025-02-28"));
		assertThat(leap.renewal(day("2025-02-28")).orElseThrow().renewsOn()).isEqualTo(day("2026-02-28"));
		assertThat(leap.renewal(day("2027-03-01")).orElseThrow().renewsOn()).isEqualTo(day("2028-02-29"));
		assertThat(leap.renewal(day("2027-03-01")).orElseThrow().noticeDeadline()).isEqualTo(day("2028-01-30"));
	}

	@Test
	void aMonthlyTermStartedOnThirtyFirstJanuaryKeepsTheEndOfEachMonth() {
		Contract monthly = contract("2025-01-31", 1, true, 10);

		assertThat(monthly.renewal(day("2025-02-01")).orElseThrow().renewsOn()).isEqualTo(day("2025-02-28"));
		// counted from the start, not from 28 February: 31 March, not 28 March
		assertThat(monthly.renewal(day("2025-02-01")).orElseThrow().renewalAfterNext()).isEqualTo(day("2025-03-31"));
		assertThat(monthly.renewal(day("2025-03-01")).orElseThrow().renewsOn()).isEqualTo(day("2025-03-31"));
		assertThat(monthly.renewal(day("2025-04-15")).orElseThrow().renewsOn()).isEqualTo(day("2025-04-30"));
	}

	@Test
	void aChangeByTheNoticeDeadlineTakesEffectAtTheNextRenewal() {
		Contract hosting = contract("2025-03-01", 12, true, 30);

		RequestEffect onTime = hosting.changeAskedOn(day("2026-01-30"));

		assertThat(onTime).isEqualTo(new RequestEffect(day("2026-03-01"), false, day("2026-01-30")));
	}

	@Test
	void aCancellationAfterTheNoticeDeadlineTakesEffectAtTheRenewalAfterNext() {
		Contract hosting = contract("2025-03-01", 12, true, 30);

		RequestEffect late = hosting.changeAskedOn(day("2026-01-31"));

		assertThat(late).isEqualTo(new RequestEffect(day("2027-03-01"), true, day("2026-01-30")));
	}

	@Test
	void aContractThatDoesNotRenewEndsAfterItsTermAndAChangeTakesEffectThen() {
		Contract once = contract("2025-03-01", 12, false, 30);

		assertThat(once.renewal(day("2025-06-01"))).isEmpty();
		assertThat(once.end()).contains(day("2026-03-01"));
		assertThat(once.status(day("2025-06-01"))).isEqualTo(ContractStatus.ENDING);
		assertThat(once.status(day("2026-03-01"))).isEqualTo(ContractStatus.ENDED);
		assertThat(once.changeAskedOn(day("2026-02-27"))).isEqualTo(new RequestEffect(day("2026-03-01"), false, null));
	}

	@Test
	void aContractThatStartsLaterIsPendingAndRenewsOneTermAfterItsStart() {
		Contract later = contract("2027-01-01", 12, true, 30);

		assertThat(later.status(day("2026-06-01"))).isEqualTo(ContractStatus.PENDING);
		assertThat(later.renewal(day("2026-06-01")).orElseThrow().renewsOn()).isEqualTo(day("2028-01-01"));
	}

	@Test
	void aCancelledContractEndsOnItsEndDate() {
		Contract cancelled = contract("2025-03-01", 12, true, 30).endingOn(day("2027-03-01"));

		assertThat(cancelled.status(day("2026-05-01"))).isEqualTo(ContractStatus.ENDING);
		assertThat(cancelled.renewal(day("2026-05-01"))).isEmpty();
		assertThat(cancelled.status(day("2027-03-01"))).isEqualTo(ContractStatus.ENDED);
	}

	@Test
	void aRenewalFarFromTheStartIsFoundWithoutCountingEveryTerm() {
		assertThat(contract("1990-07-15", 12, true, 30).renewal(day("2026-07-14")).orElseThrow().renewsOn())
			.isEqualTo(day("2026-07-15"));
		assertThat(contract("1990-07-15", 12, true, 30).renewal(day("2026-07-15")).orElseThrow().renewsOn())
			.isEqualTo(day("2027-07-15"));
	}

}
