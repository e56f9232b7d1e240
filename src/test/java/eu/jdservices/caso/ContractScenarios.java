package eu.jdservices.caso;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.jdservices.caso.support.TestRelay;
import eu.jdservices.caso.support.MovableClock;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.timers.TimerSweeps;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Contracts, services and routing end to end over SMTP (S5, S1.1, S1.3), with time moved
 * instead of waited for: a representative's requests about a contract are linked to it
 * with the day they take effect — a late cancellation at the renewal after next — and
 * explained in the acknowledgement; a member's is refused; the renewal notice goes to the
 * representatives once, 15 days before the notice deadline; a case lands in the team of
 * the service it names, or of the first routing rule that fits. The days are years ahead:
 * the PostgreSQL database is shared with other contexts, whose sweeps run on the real
 * clock.
 */
@TestPropertySource(properties = { "caso.timers.sweep-interval=1h", "caso.routing.default-team=Soporte general",
		"caso.routing.rules[0].severity=A", "caso.routing.rules[0].team=Guardia" })
@Import(ContractScenarios.Time.class)
abstract class ContractScenarios extends MailScenarios {

	static final MovableClock clock = new MovableClock(at("2030-01-10T10:00:00+01:00"));

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

	String tag;

	String domain;

	String representative;

	String member;

	@BeforeEach
	void anOrganisationWithARepresentativeAndAMember() {
		this.sweeps = new TimerSweeps(this.context);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.domain = "h" + this.tag + ".es";
		this.representative = "rosa.gil@" + this.domain;
		this.member = "pablo.ruiz@" + this.domain;
		String organization = "Hostelería " + this.tag + " SL";
		assertThat(importCsv("organization,domain,email,name,role,manager_email,language,phone,shared_mailbox,"
				+ "country,vat_id,accepts_english\n" + organization + "," + this.domain + "," + this.representative
				+ ",Rosa Gil,representative,,es,,false,ES,B12345674,false\n" + organization + "," + this.domain + ","
				+ this.member + ",Pablo Ruiz,member," + this.representative + ",es,,false,,,true\n")
			.getStatusCode()
			.value()).isEqualTo(200);
		service("hosting", "Hosting", List.of("hosting", "alojamiento web"), "Equipo Hosting");
	}

	@Test
	void aCancellationAfterTheNoticeDeadlineGetsLateNoticeAndTakesEffectAtTheRenewalAfterNext() throws Exception {
		clock.set(at("2030-02-10T10:00:00+01:00"));
		contracts("hosting,1200,ANNUAL,2029-03-01,12,true,30");
		String subject = "Cancelar el servicio de hosting (ref. " + this.tag + ")";

		String messageId = send(this.representative, "c@jd-services.eu", subject,
				"Buenos días: queremos cancelar el servicio de hosting de nuestra web. Un saludo, Rosa Gil");

		Map<String, Object> shown = getCase(caseOf(messageId));
		assertThat(findings(shown)).containsKeys("CONTRACT_REQUEST", "LATE_NOTICE");
		assertThat(findings(shown).get("CONTRACT_REQUEST")).contains("cancellation", "effective 2031-03-01");
		assertThat(findings(shown).get("LATE_NOTICE")).contains("2030-01-30", "2031-03-01");
		assertThat((List<Object>) inbound(messageId).get(0).get("reasons")).contains("CONTRACT_REQUEST", "LATE_NOTICE");
		String ack = acknowledgementTo(this.representative).getContent().toString();
		assertThat(ack).contains("solicitud de cancelación de Hosting", "30 de enero de 2030", "1 de marzo de 2030",
				"terminará en la renovación siguiente, el 1 de marzo de 2031");
	}

	@Test
	void aRepresentativesChangeToAnnualBillingIsLinkedToTheContractAndTakesEffectAtTheNextRenewal() throws Exception {
		clock.set(at("2030-01-10T10:00:00+01:00"));
		contracts("hosting,1200,MONTHLY,2029-03-01,12,true,30");
		long contract = ((Number) contractsOf(this.domain).get(0).get("id")).longValue();

		String messageId = send(this.representative, "c@jd-services.eu", "Cambio de hosting a facturación anual",
				"Buenos días: queremos pasar el hosting de facturación mensual a facturación anual. Gracias, Rosa Gil");

		Map<String, Object> shown = getCase(caseOf(messageId));
		assertThat(findings(shown)).containsKey("CONTRACT_REQUEST").doesNotContainKey("LATE_NOTICE");
		assertThat(findings(shown).get("CONTRACT_REQUEST")).contains("Contract #" + contract + " (Hosting)",
				"change to annual billing", "effective 2030-03-01");
		assertThat(shown.get("team")).isEqualTo("Equipo Hosting");
		String ack = acknowledgementTo(this.representative).getContent().toString();
		assertThat(ack).contains("solicitud de cambio de Hosting a facturación anual",
				"tendrá efecto en la próxima renovación, el 1 de marzo de 2030");
	}

	@Test
	void aMembersChangeToAnnualBillingIsRefusedNamingTheRepresentative() throws Exception {
		clock.set(at("2030-01-10T10:00:00+01:00"));
		contracts("hosting,1200,MONTHLY,2029-03-01,12,true,30");

		String messageId = send(this.member, "c@jd-services.eu", "Cambio de hosting a facturación anual",
				"Hola: ¿podéis pasar el hosting a facturación anual? Gracias, Pablo");

		await().atMost(SECONDS_10).until(() -> !inbound(messageId).isEmpty());
		Map<String, Object> decided = inbound(messageId).get(0);
		assertThat(decided.get("decision")).isEqualTo("REJECTED");
		assertThat((List<Object>) decided.get("reasons")).contains("NOT_AUTHORIZED");
		assertThat(decided.get("caseNumber")).isNull();
		assertThat(awaitMail(this.member, "Rosa Gil").getSubject())
			.isEqualTo("Re: Cambio de hosting a facturación anual");
	}

	@Test
	void theRenewalNoticeGoesToTheRepresentativeOnceFifteenDaysBeforeEachNoticeDeadline() throws Exception {
		clock.set(at("2030-04-20T10:00:00+02:00"));
		contracts("hosting,1200,ANNUAL,2029-06-15,12,true,30");
		String notice = "Preaviso: Hosting se renueva el 15 de junio de 2030";

		clock.set(at("2030-05-01T08:59:00+02:00"));
		this.sweeps.sweep();
		assertThat(noticesTo(this.representative, notice)).isEmpty();

		clock.set(at("2030-05-01T09:00:30+02:00"));
		this.sweeps.sweep();
		await().atMost(SECONDS_10).until(() -> noticesTo(this.representative, notice).size() == 1);
		MimeMessage sent = noticesTo(this.representative, notice).get(0);
		assertThat(sent.getContent().toString()).contains("a más tardar el 16 de mayo de 2030", "Hola Rosa");
		assertThat(addresses(sent, jakarta.mail.Message.RecipientType.TO)).containsExactly(this.representative);

		clock.set(at("2030-05-10T12:00:00+02:00"));
		this.sweeps.sweep();
		Thread.sleep(500);
		assertThat(noticesTo(this.representative, notice)).hasSize(1);
		assertThat(noticesTo(this.member, "Preaviso")).isEmpty();

		clock.set(at("2031-05-01T09:00:30+02:00"));
		this.sweeps.sweep();
		String next = "Preaviso: Hosting se renueva el 15 de junio de 2031";
		await().atMost(SECONDS_10).until(() -> noticesTo(this.representative, next).size() == 1);
		this.sweeps.sweep();
		Thread.sleep(500);
		assertThat(noticesTo(this.representative, next)).hasSize(1);
		assertThat(noticesTo(this.representative, notice)).hasSize(1);
	}

	@Test
	void aCaseNamingAContractedServiceLandsInTheServicesTeamAndOthersFollowTheRules() throws Exception {
		clock.set(at("2030-01-10T10:00:00+01:00"));
		contracts("hosting,1200,ANNUAL,2029-03-01,12,true,30");
		service("copias-" + this.tag, "Copias " + this.tag, List.of("backup " + this.tag), null);

		long hosting = caseOf(send(this.member, "b@jd-services.eu", "La web del hosting va muy lenta " + this.tag,
				"Desde las 9:00 la web alojada en vuestro hosting tarda 20 segundos en cargar para todos."));
		long backup = caseOf(send(this.member, "c@jd-services.eu", "Duda sobre el backup " + this.tag,
				"¿Cada cuánto se hace el backup " + this.tag + " de los ficheros?"));
		long critical = caseOf(send(this.member, "a@jd-services.eu", "Nadie puede entrar en la oficina " + this.tag,
				"La cerradura electrónica no abre desde las 8:00 y nadie puede entrar."));

		assertThat(getCase(hosting).get("team")).isEqualTo("Equipo Hosting");
		assertThat(findings(getCase(hosting))).doesNotContainKey("SERVICE_NOT_CONTRACTED");
		assertThat(getCase(backup).get("team")).isEqualTo("Soporte general");
		assertThat(findings(getCase(backup)).get("SERVICE_NOT_CONTRACTED")).contains("Copias " + this.tag);
		assertThat(getCase(critical).get("team")).isEqualTo("Guardia");
	}

	@Test
	void theApiShowsContractsWithTheirVatAndRenewalQuotesAndEachRefusedLineOfAnImport() {
		clock.set(at("2030-01-10T10:00:00+01:00"));
		contracts("hosting,1200,MONTHLY,2029-03-01,12,true,30");

		Map<String, Object> contract = contractsOf(this.domain).get(0);
		assertThat(contract).containsEntry("service", "Hosting")
			.containsEntry("billing", "MONTHLY")
			.containsEntry("currency", "EUR")
			.containsEntry("reverseCharge", false)
			.containsEntry("startDate", "2029-03-01")
			.containsEntry("renewsOn", "2030-03-01")
			.containsEntry("noticeDeadline", "2030-01-30")
			.containsEntry("status", "ACTIVE");
		assertThat(decimal(contract.get("periodPriceExVat"))).isEqualByComparingTo("120.00");
		assertThat(decimal(contract.get("vatRate"))).isEqualByComparingTo("21");
		assertThat(decimal(contract.get("vat"))).isEqualByComparingTo("25.20");
		assertThat(decimal(contract.get("total"))).isEqualByComparingTo("145.20");

		Map<String, Object> quote = this.api.get()
			.uri("/api/quotes?organization={d}&annualPrice=999.99&billing=MONTHLY&language=es", this.domain)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		// 999.99 × 1.2 ÷ 12 = 99.999 → 100.00; 21 % of it 21.00
		assertThat(decimal(quote.get("periodPriceExVat"))).isEqualByComparingTo("100.00");
		assertThat(decimal(quote.get("vat"))).isEqualByComparingTo("21.00");
		assertThat(decimal(quote.get("total"))).isEqualByComparingTo("121.00");
		assertThat(quote).containsEntry("reverseCharge", false).containsEntry("note", "IVA español al 21 %.");

		org.springframework.http.ResponseEntity<Map<String, Object>> refused = this.api.post()
			.uri("/api/contracts/import")
			.contentType(MediaType.parseMediaType("text/csv"))
			.header("Accept-Language", "en")
			.body("organization_domain,service,annual_price,billing,start_date,term_months,auto_renew,notice_days\n"
					+ "nobody-" + this.tag + ".es,hosting,100,,2029-03-01,,,\n" + this.domain
					+ ",hosting,100,YEARLY,2029-03-01,,,\n")
			.retrieve()
			.onStatus(org.springframework.http.HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody()).containsEntry("imported", 0);
		assertThat(list(refused.getBody().get("errors")))
			.extracting((error) -> error.get("line"), (error) -> error.get("message"))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(2,
							"The domain nobody-" + this.tag + ".es is not of any organization of the directory"),
					org.assertj.core.groups.Tuple.tuple(3,
							"The billing \"YEARLY\" does not exist; use ANNUAL or MONTHLY"));
	}

	static java.math.BigDecimal decimal(Object value) {
		return new java.math.BigDecimal(String.valueOf(value));
	}

	void service(String key, String name, List<String> keywords, String team) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("key", key, "name", name, "keywords", keywords));
		if (team != null) {
			body.put("team", team);
		}
		this.api.post()
			.uri("/api/services")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	void contracts(String... lines) {
		StringBuilder csv = new StringBuilder(
				"organization_domain,service,annual_price,billing,start_date,term_months,auto_renew,notice_days\n");
		for (String line : lines) {
			csv.append(this.domain).append(',').append(line).append('\n');
		}
		Map<String, Object> result = this.api.post()
			.uri("/api/contracts/import")
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(csv.toString())
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(result).containsEntry("imported", lines.length);
	}

	List<Map<String, Object>> contractsOf(String domain) {
		return this.api.get()
			.uri("/api/organizations/{domain}/contracts", domain)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	String send(String from, String to, String subject, String text) throws Exception {
		TestMails.Builder mail = TestMails.from(from).to(to).subject(subject).body(text);
		assertThat(send(mail.build(), to)).startsWith("250");
		return mail.messageId();
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

	/** The acknowledgement sent to the address (the organisation is new in each test). */
	static MimeMessage acknowledgementTo(String recipient) {
		await().atMost(SECONDS_10).until(() -> !mailsTo(recipient, "[Caso #").isEmpty());
		return mailsTo(recipient, "[Caso #").get(0);
	}

	static MimeMessage awaitMail(String recipient, String text) {
		await().atMost(SECONDS_10)
			.until(() -> relay.received().stream().anyMatch((m) -> to(m, recipient) && has(m, text)));
		return relay.received().stream().filter((m) -> to(m, recipient) && has(m, text)).findFirst().orElseThrow();
	}

	static List<MimeMessage> noticesTo(String recipient, String subject) {
		return mailsTo(recipient, subject);
	}

	static List<MimeMessage> mailsTo(String recipient, String subject) {
		return relay.toWithSubjectStarting(recipient, subject);
	}

	private static boolean to(MimeMessage message, String recipient) {
		return TestRelay.isTo(message, recipient);
	}

	private static boolean has(MimeMessage message, String text) {
		try {
			return message.getContent().toString().contains(text);
		}
		catch (Exception ex) {
			return false;
		}
	}

	static Instant at(String time) {
		return OffsetDateTime.parse(time).toInstant();
	}

}
