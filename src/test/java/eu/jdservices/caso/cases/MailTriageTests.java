package eu.jdservices.caso.cases;

import java.util.List;

import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

/**
 * Deciding a stored mail is idempotent: a mail announced twice (restart, recovery, a
 * second node) opens one case and queues one acknowledgement. A failure is told apart:
 * our own is kept with the mail and retried, then quarantined; an unreachable database
 * leaves the mail undecided for later.
 */
@SpringBootTest(properties = { "caso.intake.smtp.enabled=false", "caso.data-dir=target/test-data/triage",
		"spring.datasource.url=jdbc:h2:mem:triage;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"caso.admin.password=test-admin-secret" })
class MailTriageTests {

	@Autowired
	MailTriage triage;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	OpeningCases opening;

	@Test
	void mailProcessedTwiceOpensOneCaseWithOneAcknowledgement() {
		String messageId = TestMails.newMessageId();
		byte[] raw = TestMails.mail(messageId, "someone@customer.test", List.of("b@jd-services.eu"), List.of(),
				"Copias de seguridad fallidas", "La copia de seguridad de anoche terminó con error.");
		long id = storeWithoutAnnouncing(messageId, raw);

		this.triage.triage(id);
		this.triage.triage(id);

		Long caseNumber = this.jdbc.sql("SELECT case_number FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(caseNumber).isNotNull();
		assertThat(count("SELECT COUNT(*) FROM cases_message WHERE intake_id = " + id)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM outbound_mail WHERE case_number = " + caseNumber)).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT decision FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("CASE_OPENED");
	}

	@Test
	void bytesThatAreNotAMailAreQuarantinedNotDropped() {
		long id = storeWithoutAnnouncing(null, new byte[] { 0, 1, 2, 3, (byte) 0xff, 0, 0 });

		this.triage.triage(id);

		assertThat(this.jdbc.sql("SELECT decision, reasons FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getString(1) + "/" + rs.getString(2))
			.single()).isEqualTo("QUARANTINED/UNPARSEABLE");
		assertThat(count("SELECT COUNT(*) FROM intake_mail WHERE id = " + id + " AND size_bytes = 7")).isEqualTo(1);
	}

	@Test
	void ourOwnFailureIsKeptWithTheMailAndTheMailIsDecidedWhenItIsTriedAgain() {
		String messageId = TestMails.newMessageId();
		long id = storeWithoutAnnouncing(messageId, TestMails.mail(messageId, "someone@customer.test",
				List.of("b@jd-services.eu"), List.of(), "Portal de clientes caído", "No carga desde las 9:00."));
		doThrow(new IllegalStateException("simulated defect")).doCallRealMethod()
			.when(this.opening)
			.open(any(), any(), any());

		assertThatIllegalStateException().isThrownBy(() -> this.triage.triage(id)).withMessage("simulated defect");
		assertThat(state(id)).isEqualTo("null/1");
		assertThat(failure(id)).contains("IllegalStateException: simulated defect", "at eu.jdservices.caso");

		this.triage.triage(id);

		assertThat(state(id)).isEqualTo("CASE_OPENED/1");
	}

	@Test
	void aMailThatKeepsFailingIsQuarantinedAsProcessingFailedWithTheStackTraceForAgents() {
		String messageId = TestMails.newMessageId();
		long id = storeWithoutAnnouncing(messageId, TestMails.mail(messageId, "someone@customer.test",
				List.of("b@jd-services.eu"), List.of(), "Licencias de Office caducadas", "Nos pide activar Office."));
		doThrow(new IllegalStateException("simulated defect")).when(this.opening).open(any(), any(), any());

		assertThatIllegalStateException().isThrownBy(() -> this.triage.triage(id));
		assertThatIllegalStateException().isThrownBy(() -> this.triage.triage(id));
		this.triage.triage(id);

		assertThat(state(id)).isEqualTo("QUARANTINED/3");
		assertThat(this.jdbc.sql("SELECT reasons || ' ' || detail FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).startsWith("PROCESSING_FAILED Processing failed 3 times: java.lang.IllegalStateException");
		assertThat(failure(id)).contains("simulated defect", "at eu.jdservices.caso.cases.MailTriage");
	}

	@Test
	void anUnreachableDatabaseIsNoFaultOfTheMailWhichWaitsUndecided() {
		String messageId = TestMails.newMessageId();
		long id = storeWithoutAnnouncing(messageId, TestMails.mail(messageId, "someone@customer.test",
				List.of("b@jd-services.eu"), List.of(), "Correo lento", "Tarda minutos en llegar."));
		doThrow(new CannotGetJdbcConnectionException("Connection refused")).when(this.opening)
			.open(any(), any(), any());

		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(CannotGetJdbcConnectionException.class).isThrownBy(() -> this.triage.triage(id));
		}

		assertThat(state(id)).isEqualTo("null/0");
	}

	private String state(long id) {
		return this.jdbc.sql("SELECT decision, attempts FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getString(1) + "/" + rs.getInt(2))
			.single();
	}

	private String failure(long id) {
		return this.jdbc.sql("SELECT failure FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long storeWithoutAnnouncing(String messageId, byte[] raw) {
		this.jdbc.sql("""
				INSERT INTO intake_mail (message_id, received_at, envelope_from, recipients, size_bytes, raw)
				VALUES (:messageId, CURRENT_TIMESTAMP, 'someone@customer.test', 'b@jd-services.eu', :size, :raw)""")
			.param("messageId", messageId)
			.param("size", raw.length)
			.param("raw", raw)
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM intake_mail").query(Long.class).single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
