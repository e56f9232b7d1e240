package eu.jdservices.caso;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.jdservices.caso.support.TestRelay;
import eu.jdservices.caso.support.CalendarFixtures;
import eu.jdservices.caso.support.MovableClock;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.timers.TimerSweeps;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Meetings end to end over SMTP (S2.6, S2.7), with time moved instead of waited for: an
 * agent schedules a video meeting on a case of a Canary Islands customer; every contact
 * gets an iMIP REQUEST (read with ical4j and as a calendar client reads the mail) with
 * the time in Atlantic/Canary; Outlook's and Gmail's replies mark their attendee
 * ACCEPTED, Apple's decline is MEETING_DECLINED, Outlook's COUNTER is a proposed time the
 * agent accepts (a REQUEST with a higher SEQUENCE); a reschedule raises the SEQUENCE, a
 * cancel sends CANCEL; "¿podemos pasarla al jueves?" is RESCHEDULE_REQUESTED; the
 * reminders go 24 h and 1 h before; CUSTOMER_ABSENT is MISSED_MEETING and starts the
 * customer's window. The days are years ahead: the PostgreSQL database is shared with
 * other contexts, whose sweeps run on the real clock.
 */
@TestPropertySource(properties = "caso.timers.sweep-interval=1h")
@Import(MeetingScenarios.Time.class)
abstract class MeetingScenarios extends MailScenarios {

	static final MovableClock clock = new MovableClock(at("2030-03-04T09:00:00Z"));

	/** Tuesday 5 March 2030, 11:00 in Madrid: 10:00 in the Canary Islands. */
	static final String START = "2030-03-05T11:00:00+01:00";

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return clock;
		}

	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	TimerSweeps sweeps;

	String domain;

	String rosa;

	String pablo;

	long number;

	@BeforeEach
	void aCanaryIslandsCustomerWithACaseOfTwoContacts() throws Exception {
		clock.set(at("2030-03-04T09:00:00Z"));
		this.sweeps = new TimerSweeps(this.context);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.domain = "h" + tag + ".es";
		this.rosa = "rosa.gil@" + this.domain;
		this.pablo = "pablo.ruiz@" + this.domain;
		String organization = "Hotel " + tag + " SL";
		assertThat(importCsv("organization,domain,email,name,role,manager_email,language,phone,shared_mailbox,"
				+ "country,vat_id,accepts_english\n" + organization + "," + this.domain + "," + this.rosa
				+ ",Rosa Gil,representative,,es,,false,ES-CN,,false\n" + organization + "," + this.domain + ","
				+ this.pablo + ",Pablo Ruiz,member," + this.rosa + ",es,,false,ES-CN,,false\n")
			.getStatusCode()
			.value()).isEqualTo(200);
		TestMails.Builder mail = TestMails.from(this.rosa)
			.to("b@jd-services.eu")
			.cc(this.pablo)
			.subject("La web de reservas va muy lenta (" + tag + ")")
			.body("Buenos días: desde esta mañana la web de reservas tarda 30 segundos en cargar para todos "
					+ "los clientes. Un saludo, Rosa Gil");
		assertThat(send(mail.build(), "b@jd-services.eu")).startsWith("250");
		this.number = caseOf(mail.messageId());
		assertThat(contactsOf(getCase(this.number))).contains(this.rosa, this.pablo);
	}

	@Test
	void schedulingSendsEveryContactAParseableRequestWithTheTimeInTheirZone() throws Exception {
		Map<String, Object> scheduled = schedule(Map.of("start", START, "durationMinutes", 30, "kind", "VIDEO",
				"joinUrl", "https://meet.jd-services.eu/x"));

		assertThat(list(scheduled.get("warnings"))).isEmpty();
		String uid = scheduled.get("uid").toString();
		for (String contact : List.of(this.rosa, this.pablo)) {
			MimeMessage invitation = awaitMail(contact, "Invitación: Videoconferencia");
			assertThat(invitation.getFrom()[0].toString()).contains("b@jd-services.eu");
			assertThat(invitation.getHeader("X-Caso-Verification")).isNotNull();
			String text = textOf(invitation);
			assertThat(text).contains("10:00", "Atlantic/Canary", "https://meet.jd-services.eu/x",
					"esté disponible puntualmente", "avísenos con antelación");
			Part calendarPart = part(invitation, "text/calendar");
			assertThat(calendarPart.getContentType()).contains("method=REQUEST");
			assertThat(part(invitation, "application/ics").getFileName()).isEqualTo("invite.ics");
			Calendar calendar = calendarOf(invitation);
			assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
			VEvent event = eventOf(calendar);
			assertThat(value(event, Property.UID)).isEqualTo(uid);
			assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
			assertThat(value(event, Property.ORGANIZER)).isEqualToIgnoringCase("mailto:b@jd-services.eu");
			assertThat(value(event, Property.DTSTART)).isEqualTo("20300305T100000Z");
			assertThat(value(event, Property.SUMMARY)).startsWith("[Caso #" + this.number + "] Videoconferencia");
			List<Property> attendees = event.getProperties(Property.ATTENDEE);
			assertThat(attendees).extracting(Property::getValue)
				.containsExactly("mailto:" + this.rosa, "mailto:" + this.pablo);
			assertThat(attendees.stream()
				.map((attendee) -> attendee.getParameter(Parameter.RSVP).orElseThrow().getValue()))
				.containsOnly("TRUE");
			assertThat(event.getAlarms()).hasSize(1);
		}
		Map<String, Object> meeting = meetingOf(getCase(this.number));
		assertThat(meeting).containsEntry("uid", uid)
			.containsEntry("status", "SCHEDULED")
			.containsEntry("kind", "VIDEO")
			.containsEntry("sequence", 0)
			.containsEntry("start", "2030-03-05T10:00:00Z");
		assertThat((Map<String, Object>) meeting.get("responses")).containsEntry(this.rosa, "NEEDS-ACTION")
			.containsEntry(this.pablo, "NEEDS-ACTION");
	}

	@Test
	void outlookAndGmailRepliesMarkTheirAttendeesAcceptedAndApplesDeclineIsAFinding() throws Exception {
		String uid = schedule(Map.of("start", START, "durationMinutes", 30, "kind", "VIDEO", "joinUrl",
				"https://meet.jd-services.eu/x"))
			.get("uid")
			.toString();

		String outlook = reply("outlook-es-accepted.eml", uid);
		await().atMost(SECONDS_10).until(() -> responses().get(this.rosa).equals("ACCEPTED"));
		assertThat(inbound(outlook).get(0)).containsEntry("decision", "APPENDED")
			.containsEntry("caseNumber", (int) this.number);
		String gmail = reply("gmail-es-accepted.eml", uid);
		await().atMost(SECONDS_10).until(() -> responses().get(this.pablo).equals("ACCEPTED"));
		assertThat(inbound(gmail).get(0)).containsEntry("decision", "APPENDED");
		assertThat(findings(getCase(this.number))).doesNotContainKeys("SEPARATE_MAIL", "MEETING_DECLINED");

		String apple = reply("apple-es-declined.eml", uid);
		await().atMost(SECONDS_10).until(() -> responses().get(this.rosa).equals("DECLINED"));
		assertThat((List<Object>) inbound(apple).get(0).get("reasons")).contains("MEETING_DECLINED");
		assertThat(findings(getCase(this.number)).get("MEETING_DECLINED")).contains(this.rosa + " declined meeting");
		assertThat(list(getCase(this.number).get("messages"))).extracting((message) -> message.get("direction"))
			.filteredOn("IN"::equals)
			.hasSize(4);
		assertThat(mailsTo(this.rosa, "Re: ")).isEmpty();
	}

	@Test
	void aReplyWithoutTheCaseTagIsPlacedByItsUid() throws Exception {
		String uid = schedule(Map.of("start", START, "durationMinutes", 30, "kind", "CALL", "phone", "+34 922 000 000"))
			.get("uid")
			.toString();

		String messageId = reply("gmail-es-accepted.eml", uid, Map.of("[Caso " + CalendarFixtures.CASE + "] ", ""));

		await().atMost(SECONDS_10).until(() -> responses().get(this.pablo).equals("ACCEPTED"));
		assertThat(inbound(messageId).get(0)).containsEntry("caseNumber", (int) this.number);
	}

	@Test
	void aCounterIsAProposedTimeTheAgentAcceptsWithAHigherSequence() throws Exception {
		Map<String, Object> scheduled = schedule(Map.of("start", START, "durationMinutes", 30, "kind", "VIDEO",
				"joinUrl", "https://meet.jd-services.eu/x"));
		String uid = scheduled.get("uid").toString();
		long id = ((Number) scheduled.get("id")).longValue();

		reply("outlook-es-counter.eml", uid);

		await().atMost(SECONDS_10).until(() -> findings(getCase(this.number)).containsKey("MEETING_COUNTER_PROPOSED"));
		assertThat(findings(getCase(this.number)).get("MEETING_COUNTER_PROPOSED")).contains(this.rosa,
				"proposes 2030-03-07 16:00 +00:00");
		Map<String, Object> proposal = list(meetingOf(getCase(this.number)).get("proposals")).get(0);
		assertThat(proposal).containsEntry("email", this.rosa)
			.containsEntry("start", "2030-03-07T16:00:00Z")
			.containsEntry("state", "PENDING");

		this.api.post()
			.uri("/api/cases/{n}/meetings/{id}/proposals/{p}/accept", this.number, id, proposal.get("id"))
			.retrieve()
			.toBodilessEntity();

		Map<String, Object> meeting = meetingOf(getCase(this.number));
		assertThat(meeting).containsEntry("sequence", 1).containsEntry("start", "2030-03-07T16:00:00Z");
		MimeMessage update = awaitMail(this.rosa, "Cambio de hora");
		VEvent event = eventOf(calendarOf(update));
		assertThat(value(event, Property.UID)).isEqualTo(uid);
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20300307T160000Z");
	}

	@Test
	void aRescheduleRaisesTheSequenceAndACancelSendsCancel() throws Exception {
		Map<String, Object> scheduled = schedule(
				Map.of("start", START, "durationMinutes", 30, "kind", "CALL", "phone", "+34 922 000 000"));
		long id = ((Number) scheduled.get("id")).longValue();

		Map<String, Object> moved = post("/api/cases/{n}/meetings/{id}/reschedule",
				Map.of("start", "2030-03-06T12:00:00+01:00"), id)
			.getBody();

		assertThat(moved).containsEntry("uid", scheduled.get("uid"));
		MimeMessage update = awaitMail(this.pablo, "Cambio de hora");
		assertThat(calendarOf(update).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(value(eventOf(calendarOf(update)), Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(eventOf(calendarOf(update)), Property.DTSTART)).isEqualTo("20300306T110000Z");

		post("/api/cases/{n}/meetings/{id}/cancel", Map.of("reason", "Ya está resuelto"), id);

		MimeMessage cancel = awaitMail(this.pablo, "Cancelada: Llamada");
		assertThat(part(cancel, "text/calendar").getContentType()).contains("method=CANCEL");
		assertThat(calendarOf(cancel).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(value(eventOf(calendarOf(cancel)), Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(eventOf(calendarOf(cancel)), Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(textOf(cancel)).contains("Motivo: Ya está resuelto");
		assertThat(meetingOf(getCase(this.number))).containsEntry("status", "CANCELLED");
	}

	@Test
	void aReplyAskingToMoveTheCallIsFlagged() throws Exception {
		schedule(Map.of("start", START, "durationMinutes", 30, "kind", "CALL", "phone", "+34 922 000 000"));
		MimeMessage invitation = awaitMail(this.rosa, "Invitación: Llamada");

		TestMails.Builder answer = TestMails.from(this.rosa)
			.to("b@jd-services.eu")
			.cc(this.pablo)
			.subject("Re: " + invitation.getSubject())
			.inReplyTo(invitation)
			.body("Hola: el martes no me viene bien, ¿podemos pasarla al jueves? Gracias, Rosa");
		assertThat(send(answer.build(), "b@jd-services.eu")).startsWith("250");

		await().atMost(SECONDS_10).until(() -> findings(getCase(this.number)).containsKey("RESCHEDULE_REQUESTED"));
		assertThat(findings(getCase(this.number)).get("RESCHEDULE_REQUESTED")).contains(this.rosa + " asks to move");
	}

	@Test
	void theRemindersGoADayAndAnHourBefore() throws Exception {
		schedule(Map.of("start", START, "durationMinutes", 30, "kind", "REMOTE_SESSION", "joinUrl",
				"https://remote.jd-services.eu/x"));
		MimeMessage invitation = awaitMail(this.rosa, "Invitación: Sesión remota");
		assertThat(textOf(invitation)).contains("datos personales de terceros ni información confidencial");

		clock.set(at("2030-03-04T09:59:00Z"));
		this.sweeps.sweep();
		Thread.sleep(300);
		assertThat(mailsTo(this.rosa, "[Caso #" + this.number + "] Recordatorio")).isEmpty();

		clock.set(at("2030-03-04T10:00:30Z"));
		this.sweeps.sweep();
		await().atMost(SECONDS_10)
			.until(() -> mailsTo(this.rosa, "[Caso #" + this.number + "] Recordatorio").size() == 1);
		MimeMessage reminder = mailsTo(this.rosa, "[Caso #" + this.number + "] Recordatorio").get(0);
		assertThat(textOf(reminder)).contains("10:00", "datos personales de terceros");

		clock.set(at("2030-03-05T09:00:30Z"));
		this.sweeps.sweep();
		await().atMost(SECONDS_10)
			.until(() -> mailsTo(this.rosa, "[Caso #" + this.number + "] Recordatorio").size() == 2);
		this.sweeps.sweep();
		Thread.sleep(300);
		assertThat(mailsTo(this.rosa, "[Caso #" + this.number + "] Recordatorio")).hasSize(2);
	}

	@Test
	void customerAbsentIsAMissedMeetingThatStartsTheCustomersWindow() throws Exception {
		long id = ((Number) schedule(
				Map.of("start", START, "durationMinutes", 30, "kind", "CALL", "phone", "+34 922 000 000"))
			.get("id")).longValue();
		clock.set(at("2030-03-05T10:45:00Z"));

		post("/api/cases/{n}/meetings/{id}/outcome", Map.of("outcome", "CUSTOMER_ABSENT"), id);

		Map<String, Object> shown = getCase(this.number);
		assertThat(shown.get("status")).isEqualTo("WAITING_FOR_CUSTOMER");
		assertThat(shown.get("customerResponseDueAt")).isNotNull();
		assertThat(findings(shown)).containsKey("MISSED_MEETING");
		assertThat(meetingOf(shown)).containsEntry("status", "CUSTOMER_ABSENT");
		MimeMessage asked = awaitMail(this.rosa, "proponiendo una nueva fecha y hora");
		assertThat(textOf(asked)).contains("No pudimos realizar la llamada");
	}

	@Test
	void invitingSomeoneWhoIsNotAContactIsRefusedAndOutsideOfficeHoursIsAWarning() {
		ResponseEntity<Map<String, Object>> refused = post("/api/cases/{n}/meetings", Map.of("start", START,
				"durationMinutes", 30, "kind", "CALL", "attendees", List.of(this.rosa, "otra.persona@" + this.domain)),
				null);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("detail").toString()).contains("otra.persona@" + this.domain,
				"no es contacto del caso " + this.number);
		assertThat(getCase(this.number).get("meetings")).asList().isEmpty();

		Map<String, Object> late = schedule(Map.of("start", "2030-03-05T19:30:00+01:00", "durationMinutes", 30, "kind",
				"CALL", "attendees", List.of(this.rosa)));

		assertThat(list(late.get("warnings")).toString()).contains("fuera del horario de atención");
		assertThat((Map<String, Object>) meetingOf(getCase(this.number)).get("responses")).containsOnlyKeys(this.rosa);
		awaitMail(this.rosa, "Invitación: Llamada");
		assertThat(mailsTo(this.pablo, "[Caso #" + this.number + "] Invitación")).isEmpty();
	}

	// helpers

	Map<String, Object> schedule(Map<String, Object> body) {
		ResponseEntity<Map<String, Object>> answer = post("/api/cases/{n}/meetings", body, null);
		assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
		return answer.getBody();
	}

	ResponseEntity<Map<String, Object>> post(String uri, Map<String, Object> body, Long id) {
		return this.api.post()
			.uri(uri, (id != null) ? new Object[] { this.number, id } : new Object[] { this.number })
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "es")
			.body(body)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
	}

	String reply(String fixture, String uid) throws Exception {
		return reply(fixture, uid, Map.of());
	}

	String reply(String fixture, String uid, Map<String, String> more) throws Exception {
		Map<String, String> replacements = new java.util.LinkedHashMap<>(more);
		replacements.put(CalendarFixtures.UID, uid);
		replacements.put(CalendarFixtures.DOMAIN, this.domain);
		replacements.put(CalendarFixtures.CASE, "#" + this.number);
		String messageId = TestMails.newMessageId();
		byte[] raw = CalendarFixtures.load(fixture, replacements, messageId);
		assertThat(send(raw, "b@jd-services.eu")).startsWith("250");
		await().atMost(SECONDS_10).until(() -> !inbound(messageId).isEmpty());
		return messageId;
	}

	Map<String, Object> responses() {
		return (Map<String, Object>) meetingOf(getCase(this.number)).get("responses");
	}

	static Map<String, Object> meetingOf(Map<String, Object> shown) {
		List<Map<String, Object>> meetings = list(shown.get("meetings"));
		assertThat(meetings).hasSize(1);
		return meetings.get(0);
	}

	static List<String> contactsOf(Map<String, Object> shown) {
		return ((List<Object>) shown.get("contacts")).stream().map(String::valueOf).toList();
	}

	long caseOf(String messageId) {
		await().atMost(SECONDS_10)
			.until(() -> !inbound(messageId).isEmpty() && inbound(messageId).get(0).get("caseNumber") != null);
		return ((Number) inbound(messageId).get(0).get("caseNumber")).longValue();
	}

	static Map<String, String> findings(Map<String, Object> shown) {
		Map<String, String> found = new java.util.LinkedHashMap<>();
		list(shown.get("findings")).forEach((finding) -> found.merge(finding.get("code").toString(),
				String.valueOf(finding.get("detail")), (a, b) -> a + " | " + b));
		return found;
	}

	static MimeMessage awaitMail(String recipient, String text) {
		await().atMost(SECONDS_10)
			.until(() -> relay.received().stream().anyMatch((m) -> to(m, recipient) && has(m, text)));
		return relay.received().stream().filter((m) -> to(m, recipient) && has(m, text)).findFirst().orElseThrow();
	}

	/**
	 * The mails to the recipient whose subject starts so, each once (the relay keeps a
	 * copy per recipient).
	 */
	/** One per mail (a mail to two contacts reaches the relay twice). */
	static List<MimeMessage> mailsTo(String recipient, String subject) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return relay.toWithSubjectStarting(recipient, subject).stream().filter((message) -> {
			try {
				return seen.add(message.getMessageID());
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private static boolean to(MimeMessage message, String recipient) {
		return TestRelay.isTo(message, recipient);
	}

	private static boolean has(MimeMessage message, String text) {
		try {
			return message.getSubject().contains(text) || textOf(message).contains(text);
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** The mail's text: its first text/plain part, as a mail client shows it. */
	static String textOf(MimeMessage message) throws Exception {
		Part plain = part(message, "text/plain");
		return (plain != null) ? plain.getContent().toString() : "";
	}

	/** The first part of the type, depth first, as a mail client finds it. */
	static Part part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return part;
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				Part found = part(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The text/calendar part parsed with ical4j, as a calendar client reads it. */
	static Calendar calendarOf(MimeMessage message) throws Exception {
		Part part = part(message, "text/calendar");
		assertThat(part).as("text/calendar part").isNotNull();
		byte[] bytes = part.getInputStream().readAllBytes();
		return new CalendarBuilder()
			.build(new StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
	}

	static VEvent eventOf(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static String value(VEvent event, String name) {
		return event.getProperty(name).orElseThrow().getValue();
	}

	static Instant at(String time) {
		return OffsetDateTime.parse(time).toInstant();
	}

}
