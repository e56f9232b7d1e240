package eu.jdservices.caso.cases;

import java.time.Duration;
import java.util.List;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.InboundRecord;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * A stored mail whose decision was interrupted stays undecided, and the intake's recovery
 * announces it again once it has waited {@code caso.intake.recovery.after}: nobody has to
 * call anything for it to be decided (here after a failed attempt and after the database
 * was unreachable).
 */
@SpringBootTest(properties = { "caso.intake.smtp.port=0", "caso.data-dir=target/test-data/undecided-recovery",
		"spring.datasource.url=jdbc:h2:mem:undecided-recovery;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"caso.intake.recovery.after=1s", "caso.intake.recovery.interval=200ms",
		"caso.admin.password=test-admin-secret" })
class UndecidedMailRecoveryTests {

	@Autowired
	SmtpIntake intake;

	@Autowired
	InboundMails inbound;

	@MockitoSpyBean
	OpeningCases opening;

	@Test
	void aMailWhoseFirstAttemptFailedIsDecidedByTheRecoveryAlone() throws Exception {
		doThrow(new IllegalStateException("simulated defect")).doCallRealMethod()
			.when(this.opening)
			.open(any(), any(), any(), anyBoolean());

		String messageId = send("Impresora de recepción sin papel", "No imprime desde las 10:00.");

		InboundRecord decided = awaitDecided(messageId);
		assertThat(decided.decision()).isEqualTo(Decision.CASE_OPENED);
		assertThat(this.inbound.read(decided.id()).orElseThrow().mail().attempts()).isEqualTo(1);
	}

	@Test
	void aMailLeftUndecidedWhileTheDatabaseWasUnreachableIsDecidedWhenItIsBack() throws Exception {
		doThrow(new CannotGetJdbcConnectionException("Connection refused")).when(this.opening)
			.open(any(), any(), any(), anyBoolean());
		String messageId = send("VPN caída", "Nadie puede conectarse a la VPN.");
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.inbound.findByMessageId(messageId).isEmpty());
		Thread.sleep(1500);
		assertThat(this.inbound.findByMessageId(messageId).get(0).decision()).isNull();

		doCallRealMethod().when(this.opening).open(any(), any(), any(), anyBoolean());

		assertThat(awaitDecided(messageId).decision()).isEqualTo(Decision.CASE_OPENED);
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
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.inbound.findByMessageId(messageId)
				.stream()
				.anyMatch((record) -> record.decision() != null));
		return this.inbound.findByMessageId(messageId).get(0);
	}

}
