package eu.jdservices.caso.meetings;

import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.parsing.Mime4jMailParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar replies of Outlook, Gmail and Apple Calendar (real formats:
 * {@code src/test/resources/mail/meetings}) parsed as Caso parses mail, their iTIP object
 * read with ical4j.
 */
class ItipReaderTests {

	static final String UID = "caso-5d2c1f0e-7a4b-4c36-9e8f-2b1a6c9d3e47@jd-services.eu";

	static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@Test
	void outlooksAcceptanceIsAReplyWithPartstatAccepted() throws Exception {
		ItipReader.ItipMessage reply = itipOf("outlook-es-accepted.eml").orElseThrow();

		assertThat(reply.method()).isEqualTo(ItipReader.Method.REPLY);
		assertThat(reply.uid()).isEqualTo(UID);
		assertThat(reply.attendee()).isEqualTo("rosa.gil@hosteleria-tenerife.es");
		assertThat(reply.response()).contains(Response.ACCEPTED);
		assertThat(reply.sequence()).isZero();
	}

	@Test
	void gmailsAcceptanceIsReadFromItsCalendarPart() throws Exception {
		ItipReader.ItipMessage reply = itipOf("gmail-es-accepted.eml").orElseThrow();

		assertThat(reply.method()).isEqualTo(ItipReader.Method.REPLY);
		assertThat(reply.uid()).isEqualTo(UID);
		assertThat(reply.attendee()).isEqualTo("pablo.ruiz@hosteleria-tenerife.es");
		assertThat(reply.response()).contains(Response.ACCEPTED);
	}

	@Test
	void applesDeclineIsReadFromItsQuotedPrintableAttachment() throws Exception {
		ItipReader.ItipMessage reply = itipOf("apple-es-declined.eml").orElseThrow();

		assertThat(reply.method()).isEqualTo(ItipReader.Method.REPLY);
		assertThat(reply.attendee()).isEqualTo("rosa.gil@hosteleria-tenerife.es");
		assertThat(reply.response()).contains(Response.DECLINED);
	}

	@Test
	void outlooksCounterProposesThursdayAtFourInTheCanaryIslands() throws Exception {
		ItipReader.ItipMessage counter = itipOf("outlook-es-counter.eml").orElseThrow();

		assertThat(counter.method()).isEqualTo(ItipReader.Method.COUNTER);
		// TZID "GMT Standard Time" with its VTIMEZONE: UTC+0 in March, as in the Canaries
		assertThat(counter.proposedStart()).isEqualTo(Instant.parse("2030-03-07T16:00:00Z"));
		assertThat(counter.proposedEnd()).isEqualTo(Instant.parse("2030-03-07T16:30:00Z"));
		assertThat(counter.comment()).contains("¿Os va bien el jueves por la tarde?");
	}

	@Test
	void whatIsNoCalendarObjectIsNoItipMessage() {
		assertThat(ItipReader.read("BEGIN:VCARD\nEND:VCARD\n".getBytes(), MADRID)).isEmpty();
		assertThat(ItipReader.read("hola".getBytes(), MADRID)).isEmpty();
		assertThat(ItipReader.read(new byte[0], MADRID)).isEmpty();
	}

	static Optional<ItipReader.ItipMessage> itipOf(String fixture) throws Exception {
		try (InputStream in = ItipReaderTests.class.getResourceAsStream("/mail/meetings/" + fixture)) {
			ParsedMail mail = new Mime4jMailParser().parse(in.readAllBytes());
			return mail.attachments()
				.stream()
				.map((attachment) -> ItipReader.read(attachment.content(), MADRID))
				.flatMap(Optional::stream)
				.findFirst();
		}
	}

}
