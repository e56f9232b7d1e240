package eu.jdservices.caso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Without a relay ({@code spring.mail.host} unset) the acknowledgement is written to the
 * dev outbox, within a second.
 */
@SpringBootTest(properties = { "caso.intake.smtp.port=0", "caso.data-dir=target/test-data/dev-outbox",
		"spring.datasource.url=jdbc:h2:mem:devoutbox;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"caso.admin.password=test-admin-secret" })
class DevOutboxTests {

	@Autowired
	SmtpIntake intake;

	@Test
	void acknowledgementLandsInTheDevOutboxWithinASecond() throws IOException {
		Path outbox = Path.of("target/test-data/dev-outbox/outbox");
		String subject = "Sin impresora " + TestMails.newMessageId().substring(0, 8);
		byte[] mail = TestMails.mail(TestMails.newMessageId(), "someone@customer.test", List.of("c@jd-services.eu"),
				List.of(), subject, "La impresora no imprime.");

		assertThat(SmtpDialogue.send(this.intake.port(), "someone@customer.test", mail, "c@jd-services.eu"))
			.startsWith("250");

		await().atMost(Duration.ofSeconds(1)).until(() -> acknowledgementFor(outbox, subject) != null);
		assertThat(acknowledgementFor(outbox, subject)).contains("From: JD Services <c@jd-services.eu>",
				"To: someone@customer.test", "Auto-Submitted: auto-replied");
	}

	private static String acknowledgementFor(Path outbox, String subject) throws IOException {
		if (!Files.isDirectory(outbox)) {
			return null;
		}
		try (Stream<Path> files = Files.list(outbox)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".eml")).toList()) {
				String content = Files.readString(file, StandardCharsets.UTF_8);
				if (content.contains(subject)) {
					return content;
				}
			}
		}
		return null;
	}

}
