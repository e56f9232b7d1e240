package eu.jdservices.caso.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's state is the worst impact of the incidents on now; scheduled maintenance
 * counts only between its start and its end; each day of the history has the worst state
 * of that day.
 */
class ServiceStatesTests {

	static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	@Test
	void aServiceWithoutIncidentsIsOperational() {
		assertThat(ServiceStates.now("correo", List.of(), NOW)).isEqualTo(ServiceState.OPERATIONAL);
	}

	@Test
	void theWorstOpenIncidentWins() {
		List<Incident> incidents = List.of(incident(1, "correo", Impact.DEGRADED, IncidentStatus.MONITORING),
				incident(2, "correo", Impact.MAJOR_OUTAGE, IncidentStatus.INVESTIGATING),
				incident(3, "erp", Impact.PARTIAL_OUTAGE, IncidentStatus.IDENTIFIED));

		assertThat(ServiceStates.now("correo", incidents, NOW)).isEqualTo(ServiceState.MAJOR_OUTAGE);
		assertThat(ServiceStates.now("erp", incidents, NOW)).isEqualTo(ServiceState.PARTIAL_OUTAGE);
		assertThat(ServiceStates.now("vpn", incidents, NOW)).isEqualTo(ServiceState.OPERATIONAL);
	}

	@Test
	void aResolvedIncidentNoLongerCounts() {
		assertThat(ServiceStates.now("correo",
				List.of(incident(1, "correo", Impact.MAJOR_OUTAGE, IncidentStatus.RESOLVED)), NOW))
			.isEqualTo(ServiceState.OPERATIONAL);
	}

	@Test
	void scheduledMaintenanceCountsOnlyBetweenItsStartAndItsEnd() {
		Incident tonight = maintenance(NOW.plusSeconds(3600 * 10), NOW.plusSeconds(3600 * 12));
		Incident now = maintenance(NOW.minusSeconds(600), NOW.plusSeconds(600));

		assertThat(ServiceStates.now("correo", List.of(tonight), NOW)).isEqualTo(ServiceState.OPERATIONAL);
		assertThat(tonight.isUpcomingAt(NOW)).isTrue();
		assertThat(ServiceStates.now("correo", List.of(now), NOW)).isEqualTo(ServiceState.MAINTENANCE);
		assertThat(ServiceStates.now("correo", List.of(now), NOW.plusSeconds(601))).isEqualTo(ServiceState.OPERATIONAL);
	}

	@Test
	void eachDayOfTheHistoryHasTheWorstStateOfThatDay() {
		Incident twoDaysAgo = new Incident(1, "Caída", List.of("correo"), Impact.MAJOR_OUTAGE, IncidentStatus.RESOLVED,
				null, null, at("2026-11-30T08:00:00Z"), at("2026-11-30T09:00:00Z"), List.of());
		Incident sinceYesterday = new Incident(2, "Lento", List.of("correo"), Impact.DEGRADED,
				IncidentStatus.MONITORING, null, null, at("2026-12-01T20:00:00Z"), null, List.of());

		List<DayState> history = ServiceStates.history("correo", List.of(twoDaysAgo, sinceYesterday), NOW, MADRID, 90);

		assertThat(history).hasSize(90);
		assertThat(history.get(89)).isEqualTo(new DayState(LocalDate.parse("2026-12-02"), ServiceState.DEGRADED));
		assertThat(history.get(88)).isEqualTo(new DayState(LocalDate.parse("2026-12-01"), ServiceState.DEGRADED));
		assertThat(history.get(87)).isEqualTo(new DayState(LocalDate.parse("2026-11-30"), ServiceState.MAJOR_OUTAGE));
		assertThat(history.get(86).state()).isEqualTo(ServiceState.OPERATIONAL);
		assertThat(history.get(0).date()).isEqualTo(LocalDate.parse("2026-09-04"));
	}

	private static Incident incident(long id, String service, Impact impact, IncidentStatus status) {
		return new Incident(id, "Incidencia " + id, List.of(service), impact, status, null, null,
				at("2026-12-02T08:00:00Z"), status.isOpen() ? null : at("2026-12-02T09:00:00Z"), List.of());
	}

	private static Incident maintenance(Instant starts, Instant ends) {
		return new Incident(9, "Mantenimiento", List.of("correo"), Impact.MAINTENANCE, IncidentStatus.IDENTIFIED,
				starts.atOffset(java.time.ZoneOffset.UTC), ends.atOffset(java.time.ZoneOffset.UTC),
				at("2026-12-01T08:00:00Z"), null, List.of());
	}

	private static OffsetDateTime at(String instant) {
		return OffsetDateTime.parse(instant);
	}

}
