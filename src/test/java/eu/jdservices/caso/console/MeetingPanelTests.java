package eu.jdservices.caso.console;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.CaseSummary;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Status;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.meetings.MeetingView;
import eu.jdservices.caso.meetings.Meetings;
import eu.jdservices.caso.support.CalendarFixtures;
import eu.jdservices.caso.support.ConsoleBrowser;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The case view's meetings panel and the agent's meetings of the day, as the agent's
 * browser sees them (times in the office's zone, Europe/Madrid).
 */
@ConsoleTest
class MeetingPanelTests {

	/** A Wednesday well ahead, so every meeting here is still to come. */
	static final LocalDate DAY = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));

	@Autowired
	MockMvc mvc;

	@Autowired
	SmtpIntake intake;

	@Autowired
	Cases cases;

	@Autowired
	Meetings meetings;

	ConsoleBrowser browser;

	MockHttpSession session;

	String domain;

	String rosa;

	long number;

	@BeforeEach
	void openACase() throws Exception {
		this.browser = new ConsoleBrowser(this.mvc);
		this.session = this.browser.signIn();
		this.domain = "hotel-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
		this.rosa = "rosa.gil@" + this.domain;
		this.number = openCase("La web de reservas va muy lenta " + UUID.randomUUID(),
				"Desde esta mañana la web de reservas tarda más de un minuto en cargar.");
	}

	@Test
	void aCaseWithoutMeetingsSaysSoAndOffersToScheduleOne() throws Exception {
		assertThat(view()).contains("Reuniones", "No hay reuniones en este caso.", "Programar una reunión",
				"Inicio (su hora, Europe/Madrid)", this.rosa);
	}

	@Test
	void schedulingAVideoMeetingShowsItWithEachAttendeesAnswerAndTheOfficeHoursWarning() throws Exception {
		MockHttpServletResponse answer = schedule(Map.of("kind", "VIDEO", "start", DAY + "T03:00", "duration", "45",
				"joinUrl", "https://meet.jd-services.eu/reservas"));

		assertThat(answer.getRedirectedUrl()).isEqualTo("/cases/" + this.number + "#meetings");
		assertThat(view()).contains("Reunión programada y enviada la invitación.",
				"La reunión queda fuera del horario de atención", "Videoconferencia", DAY + " 03:00 – 03:45",
				"https://meet.jd-services.eu/reservas", "Sin respuesta", "Programada");
		MeetingView meeting = this.meetings.of(this.number).get(0);
		assertThat(meeting.responses()).containsOnlyKeys(this.rosa);
		assertThat(meeting.kind().name()).isEqualTo("VIDEO");
	}

	@Test
	void aProposedTimeAppearsAndAcceptingItMovesTheMeeting() throws Exception {
		schedule(Map.of("kind", "VIDEO", "start", "2030-03-05T11:00", "duration", "30"));
		String uid = this.meetings.of(this.number).get(0).uid();

		String counter = TestMails.newMessageId();
		byte[] raw = CalendarFixtures.load("outlook-es-counter.eml", Map.of(CalendarFixtures.UID, uid,
				CalendarFixtures.DOMAIN, this.domain, CalendarFixtures.CASE, "#" + this.number), counter);
		assertThat(SmtpDialogue.send(this.intake.port(), this.rosa, raw, "b@jd-services.eu")).startsWith("250");
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.meetings.of(this.number).get(0).proposals().isEmpty());

		MeetingView meeting = this.meetings.of(this.number).get(0);
		MeetingView.Proposal proposal = meeting.proposals().get(0);
		// 16:00 UTC is 17:00 in Madrid in March (before the change to summer time)
		assertThat(view()).contains("Propone 2030-03-07 17:00 (" + this.rosa + ")", "Aceptar la hora propuesta",
				"Rechazar la hora propuesta");

		MockHttpServletResponse accepted = this.browser.response(
				post("/cases/" + this.number + "/meetings/" + meeting.id() + "/proposals/" + proposal.id() + "/accept")
					.param("_csrf", ConsoleBrowser.csrf(view())),
				this.session);

		assertThat(accepted.getRedirectedUrl()).isEqualTo("/cases/" + this.number + "#meetings");
		assertThat(view()).contains("Hora propuesta aceptada", "2030-03-07 17:00 – 17:30")
			.doesNotContain("Aceptar la hora propuesta");
		assertThat(this.meetings.of(this.number).get(0).sequence()).isEqualTo(1);
	}

	@Test
	void movingCancellingAndRecordingAnAbsenceShowInThePanel() throws Exception {
		schedule(Map.of("kind", "CALL", "start", DAY + "T10:00", "duration", "30", "phone", "+34 922 000 000"));
		schedule(Map.of("kind", "REMOTE_SESSION", "start", DAY + "T12:00", "duration", "60"));
		List<MeetingView> scheduled = this.meetings.of(this.number);
		long call = scheduled.get(0).id();
		long session = scheduled.get(1).id();

		act(call, "reschedule", Map.of("start", DAY + "T16:30", "duration", "20"));
		assertThat(view()).contains("Reunión cambiada de hora", DAY + " 16:30 – 16:50", "+34 922 000 000");

		assertThat(view()).contains("hx-confirm=\"¿Cancelar la reunión? Los asistentes recibirán la cancelación.\"");
		act(call, "cancel", Map.of("reason", "Resuelto por correo"));
		act(session, "outcome", Map.of("outcome", "CUSTOMER_ABSENT"));

		String page = view();
		assertThat(page).contains("Anotado: el cliente no asistió", "Pasadas y canceladas", "Cancelada",
				"El cliente no asistió", "MISSED_MEETING");
		assertThat(page).doesNotContain("Próximas");
		CaseSummary summary = this.cases.find(this.number).orElseThrow().summary();
		assertThat(summary.status()).isEqualTo(Status.WAITING_FOR_CUSTOMER);
		assertThat(summary.findings()).extracting((finding) -> finding.code().name()).contains("MISSED_MEETING");
	}

	@Test
	void aCancelledMeetingCannotBeMovedAndTheAgentIsToldWhy() throws Exception {
		schedule(Map.of("kind", "CALL", "start", DAY + "T10:00", "duration", "30"));
		long call = this.meetings.of(this.number).get(0).id();
		act(call, "cancel", Map.of());

		act(call, "reschedule", Map.of("start", DAY + "T11:00"));

		assertThat(view()).contains("La reunión " + call + " está");
	}

	@Test
	void aStartThatIsNotATimeIsSentBackNextToTheForm() throws Exception {
		MockHttpServletResponse answer = schedule(Map.of("kind", "CALL", "start", "mañana por la tarde"));

		assertThat(answer.getStatus()).isEqualTo(422);
		assertThat(answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Indique la fecha y la hora de inicio.");
		assertThat(this.meetings.of(this.number)).isEmpty();
	}

	@Test
	void invitingSomeoneWhoIsNotAContactIsRefusedWithTheReason() throws Exception {
		schedule(Map.of("kind", "CALL", "start", DAY + "T10:00", "attendee", "otra.persona@ajena.test"));

		assertThat(view()).contains("otra.persona@ajena.test no es contacto del caso " + this.number);
		assertThat(this.meetings.of(this.number)).isEmpty();
	}

	@Test
	void myMeetingsOfADayListTheMeetingsIScheduledWithTheirCase() throws Exception {
		schedule(Map.of("kind", "CALL", "start", DAY + "T11:00", "duration", "30"));
		long id = this.meetings.of(this.number).get(0).id();

		String day = this.browser.page(get("/meetings/today").param("day", DAY.toString()), this.session);

		assertThat(day).contains("Mis reuniones del " + DAY, "11:00 – 11:30", "Llamada", "Caso #" + this.number,
				"/cases/" + this.number + "#meeting-" + id, this.rosa + ": Sin respuesta");
		assertThat(this.browser.page(get("/meetings/today"), this.session)).contains("Mis reuniones de hoy",
				"Mis reuniones");
		assertThat(this.browser.page(get("/meetings/today").param("day", "el jueves"), this.session))
			.contains("«el jueves» no es una fecha");
	}

	private MockHttpServletResponse schedule(Map<String, String> fields) throws Exception {
		var request = post("/cases/" + this.number + "/meetings").param("_csrf", ConsoleBrowser.csrf(view()));
		fields.forEach(request::param);
		return this.browser.response(request, this.session);
	}

	private void act(long meeting, String action, Map<String, String> fields) throws Exception {
		var request = post("/cases/" + this.number + "/meetings/" + meeting + "/" + action).param("_csrf",
				ConsoleBrowser.csrf(view()));
		fields.forEach(request::param);
		assertThat(this.browser.response(request, this.session).getRedirectedUrl())
			.isEqualTo("/cases/" + this.number + "#meetings");
	}

	private String view() throws Exception {
		return this.browser.page(get("/cases/" + this.number), this.session);
	}

	private long openCase(String subject, String body) throws IOException {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), "Rosa Gil <" + this.rosa + ">",
				List.of("b@jd-services.eu"), List.of(), subject, body);
		assertThat(SmtpDialogue.send(this.intake.port(), this.rosa, mail, "b@jd-services.eu")).startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

}
