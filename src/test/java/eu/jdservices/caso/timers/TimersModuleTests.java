package eu.jdservices.caso.timers;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.cases.AgentResponded;
import eu.jdservices.caso.cases.CaseActions;
import eu.jdservices.caso.cases.CaseOpened;
import eu.jdservices.caso.cases.CaseSnapshot;
import eu.jdservices.caso.cases.CustomerAsked;
import eu.jdservices.caso.cases.InReplyTo;
import eu.jdservices.caso.intake.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timers module on its own (the cases module's commands stand in): it keeps the due
 * times of each case from the cases' events, and says when a window restarted after a
 * silence.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:timers-module;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"caso.data-dir=target/test-data/timers-module", "caso.timers.sweep-interval=1h",
		// the readiness group names checks of modules this slice leaves out
		"management.endpoint.health.validate-group-membership=false" })
class TimersModuleTests {

	/** Wednesday 25 November 2026, 10:00 in Madrid. */
	static final OffsetDateTime WEDNESDAY_10_00 = OffsetDateTime.parse("2026-11-25T10:00:00+01:00");

	@MockitoBean
	CaseActions actions;

	@Autowired
	Deadlines deadlines;

	@Test
	void aNewCasesResponseTargetIsDueAtTheEndOfItsSeveritysTarget(Scenario scenario) {
		scenario.publish(new CaseOpened(snapshot(5001, Severity.A), new InReplyTo(null, List.of()), List.of(), true))
			.andWaitForStateChange(() -> this.deadlines.of(5001).firstResponseDueAt())
			.andVerify((due) -> assertThat(due.toInstant()).isEqualTo(WEDNESDAY_10_00.plusHours(1).toInstant()));
		assertThat(this.deadlines.of(5001).responseTarget()).isEqualTo(ResponseTarget.ON_TIME);
		assertThat(this.deadlines.of(5001).customerResponseDueAt()).isNull();
	}

	@Test
	void askingTheCustomerStartsTheirWindow(Scenario scenario) {
		scenario.publish(new CustomerAsked(5002, Severity.B, WEDNESDAY_10_00))
			.andWaitForStateChange(() -> this.deadlines.of(5002).customerResponseDueAt())
			// B: one business day
			.andVerify((due) -> assertThat(due.toInstant())
				.isEqualTo(OffsetDateTime.parse("2026-11-26T10:00:00+01:00").toInstant()));
	}

	@Test
	void aWindowThatRestartsAfterASilenceIsAnnouncedWithItsEnd(Scenario scenario) {
		scenario.publish(new CustomerAsked(5003, Severity.B, WEDNESDAY_10_00, Severity.A))
			.andWaitForEventOfType(CustomerWindowOpened.class)
			.toArriveAndVerify((opened) -> {
				assertThat(opened.caseNumber()).isEqualTo(5003);
				assertThat(opened.loweredFrom()).isEqualTo(Severity.A);
				assertThat(opened.severity()).isEqualTo(Severity.B);
				assertThat(opened.dueAt().toInstant())
					.isEqualTo(OffsetDateTime.parse("2026-11-26T10:00:00+01:00").toInstant());
			});
	}

	@Test
	void ourAnswerMeetsTheResponseTarget(Scenario scenario) {
		scenario.publish(new CaseOpened(snapshot(5004, Severity.C), new InReplyTo(null, List.of()), List.of(), true))
			.andWaitForStateChange(() -> this.deadlines.of(5004).firstResponseDueAt())
			.andVerify((due) -> assertThat(due).isNotNull());

		scenario.publish(new AgentResponded(5004, WEDNESDAY_10_00.plus(Duration.ofMinutes(5))))
			.andWaitForStateChange(() -> this.deadlines.of(5004).responseTarget())
			.andVerify((target) -> assertThat(target).isEqualTo(ResponseTarget.ON_TIME));
	}

	private static CaseSnapshot snapshot(long number, Severity severity) {
		return new CaseSnapshot(number, severity, "VPN caída", "mario@talleresebro.es", "Mario", List.of(), "es", null,
				WEDNESDAY_10_00);
	}

}
