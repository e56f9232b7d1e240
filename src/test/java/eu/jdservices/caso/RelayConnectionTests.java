package eu.jdservices.caso;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.RefusingRelay;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.support.TestSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A sender keeps its connection to the relay open for the next mail: acknowledgements
 * that follow one another go over one connection, not one each.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:relayconnection;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.port=0", "caso.outbound.senders=1", "caso.outbound.poll-interval=100ms",
		"spring.mail.host=127.0.0.1", "caso.admin.email=" + TestSetup.ADMIN,
		"caso.admin.password=" + TestSetup.ADMIN_PASSWORD })
class RelayConnectionTests {

	static final RefusingRelay relay = RefusingRelay.start();

	@DynamicPropertySource
	static void relay(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", relay::port);
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
	}

	@AfterAll
	static void stopRelay() {
		relay.close();
	}

	@Autowired
	SmtpIntake intake;

	@Test
	void acknowledgementsOneAfterAnotherGoOverOneConnectionToTheRelay() throws Exception {
		for (String subject : List.of("Impresora de la planta 2 no imprime", "VPN de la oficina de Huesca caída",
				"Correo de la oficina de Teruel no llega")) {
			int before = relay.delivered().size();
			send("marta." + Long.toHexString(System.nanoTime()) + "@talleres-cliente.es", subject);
			await().atMost(Duration.ofSeconds(10)).until(() -> relay.delivered().size() > before);
		}

		assertThat(relay.delivered()).hasSize(3)
			.extracting(RefusingRelay.Delivered::connection)
			.as("the sender's end of each acknowledgement's connection")
			.containsOnly(relay.delivered().get(0).connection());
	}

	private void send(String from, String subject) throws IOException {
		byte[] raw = TestMails.mail(TestMails.newMessageId(), from, List.of("b@jd-services.eu"), List.of(), subject,
				"Desde esta mañana falla. Afecta a 12 personas de la oficina; ya hemos reiniciado el equipo.");
		assertThat(SmtpDialogue.send(this.intake.port(), from, raw, "b@jd-services.eu")).startsWith("250");
	}

}
