package eu.jdservices.caso.cases;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.HeldMail;
import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.InboundRecord;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doThrow;

/**
 * Deciding a stored mail is idempotent: a mail announced twice (restart, recovery, a
 * second node) opens one case and queues one acknowledgement. A failure is told apart:
 * our own is kept with the mail and retried, then quarantined; an unreachable database
 * leaves the mail undecided for later. Mail goes in over SMTP and what became of it is
 * read through the intake's and the cases' APIs.
 */
@SpringBootTest(properties = { "caso.intake.smtp.port=0", "caso.data-dir=target/test-data/triage",
		"spring.datasource.url=jdbc:h2:mem:triage;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"caso.intake.recovery.interval=1h", "caso.admin.password=test-admin-secret" })
class MailTriageTests {

	@Autowired
	MailTriage triage;

	@Autowired
	SmtpIntake intake;

	@Autowired
	InboundMails inbound;

	@Autowired
	Cases cases;

	@MockitoSpyBean
	OpeningCases opening;

	@Test
	void mailProcessedTwiceOpensOneCaseWithOneAcknowledgement() throws Exception {
		String messageId = send("Copias de seguridad fallidas", "La copia de seguridad de anoche terminó con error.");
		InboundRecord decided = awaitDecided(messageId);

		this.triage.triage(decided.id());

		assertThat(this.inbound.findByMessageId(messageId)).singleElement()
			.satisfies((record) -> assertThat(record.decision()).isEqualTo(Decision.CASE_OPENED));
		List<CaseDetails.Message> thread = this.cases.find(decided.caseNumber()).orElseThrow().messages();
		assertThat(thread).extracting(CaseDetails.Message::kind)
			.containsExactly(MessageKind.MAIL, MessageKind.ACKNOWLEDGEMENT);
	}

	@Test
	void bytesThatAreNotAMailAreQuarantinedNotDropped() throws Exception {
		assertThat(SmtpDialogue.send(this.intake.port(), "someone@customer.test",
				new byte[] { 0, 1, 2, 3, (byte) 0xff, 0, 0 }, "b@jd-services.eu"))
			.startsWith("250");

		await().atMost(Duration.ofSeconds(10)).until(() -> quarantinedOfSize(9).isPresent());
		assertThat(quarantinedOfSize(9).orElseThrow().reasons()).containsExactly(Reason.UNPARSEABLE);
	}

	@Test
	void ourOwnFailureIsKeptWithTheMailAndTheMailIsDecidedWhenItIsTriedAgain() throws Exception {
		doThrow(new IllegalStateException("simulated defect")).doCallRealMethod()
			.when(this.opening)
			.open(any(), any(), any(), anyBoolean());
		String messageId = send("Portal de clientes caído", "No carga desde las 9:00.");
		long id = awaitAttempts(messageId, 1);

		assertThat(this.inbound.findByMessageId(messageId).get(0).decision()).isNull();
		assertThat(held(id).failure()).contains("IllegalStateException: simulated defect", "at eu.jdservices.caso");

		this.triage.triage(id);

		assertThat(this.inbound.findByMessageId(messageId).get(0).decision()).isEqualTo(Decision.CASE_OPENED);
	}

	@Test
	void aMailThatKeepsFailingIsQuarantinedAsProcessingFailedWithTheStackTraceForAgents() throws Exception {
		doThrow(new IllegalStateException("simulated defect")).when(this.opening)
			.open(any(), any(), any(), anyBoolean());
		String messageId = send("Licencias de Office caducadas", "Nos pide activar Office.");
		long id = awaitAttempts(messageId, 1);

		assertThatIllegalStateException().isThrownBy(() -> this.triage.triage(id));
		this.triage.triage(id);

		HeldMail quarantined = held(id);
		assertThat(quarantined.decision()).isEqualTo(Decision.QUARANTINED);
		assertThat(quarantined.attempts()).isEqualTo(3);
		assertThat(quarantined.reasons()).containsExactly(Reason.PROCESSING_FAILED);
		assertThat(quarantined.detail()).startsWith("Processing failed 3 times: java.lang.IllegalStateException");
		assertThat(quarantined.failure()).contains("simulated defect", "at eu.jdservices.caso.cases.MailTriage");
	}

	@Test
	void anUnreachableDatabaseIsNoFaultOfTheMailWhichWaitsUndecided() throws Exception {
		doThrow(new CannotGetJdbcConnectionException("Connection refused")).when(this.opening)
			.open(any(), any(), any(), anyBoolean());
		String messageId = send("Correo lento", "Tarda minutos en llegar.");
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.inbound.findByMessageId(messageId).isEmpty());
		long id = this.inbound.findByMessageId(messageId).get(0).id();

		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(CannotGetJdbcConnectionException.class).isThrownBy(() -> this.triage.triage(id));
		}

		assertThat(this.inbound.findByMessageId(messageId).get(0).decision()).isNull();
		assertThat(held(id).attempts()).isZero();
	}

	private String send(String subject, String text) throws Exception {
		String messageId = TestMails.newMessageId();
		byte[] raw = TestMails.mail(messageId, "someone@customer.test", List.of("b@jd-services.eu"), List.of(),
				subject + " " + messageId.substring(0, 8), text);
		assertThat(SmtpDialogue.send(this.intake.port(), "someone@customer.test", raw, "b@jd-services.eu"))
			.startsWith("250");
		return messageId;
	}

	private InboundRecord awaitDecided(String messageId) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.inbound.findByMessageId(messageId)
				.stream()
				.anyMatch((record) -> record.decision() != null));
		return this.inbound.findByMessageId(messageId).get(0);
	}

	/** Waits until the mail's automatic first attempt(s) failed; returns its id. */
	private long awaitAttempts(String messageId, int attempts) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.inbound.findByMessageId(messageId).isEmpty()
					&& held(this.inbound.findByMessageId(messageId).get(0).id()).attempts() >= attempts);
		return this.inbound.findByMessageId(messageId).get(0).id();
	}

	private HeldMail held(long id) {
		return this.inbound.read(id).orElseThrow().mail();
	}

	private Optional<HeldMail> quarantinedOfSize(long size) {
		return this.inbound.held(Decision.QUARANTINED, 0, 100)
			.items()
			.stream()
			.filter((mail) -> mail.sizeBytes() == size)
			.findFirst();
	}

}
