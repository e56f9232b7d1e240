package eu.jdservices.caso.console;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.ConsoleBrowser;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Agents see each organisation's contracts with their price per period, VAT, renewal and
 * notice deadline, the deadlines to come, and make quotes — on the organisation's page
 * and into a case's reply, in the customer's language; administrators import the CSV.
 */
@ConsoleTest
class ContractPagesTests {

	static final String DIRECTORY = "organization,domain,email,name,role,manager_email,language,phone,shared_mailbox,"
			+ "country,vat_id,accepts_english\n";

	static final String CONTRACTS = "organization_domain,service,annual_price,billing,start_date,term_months,"
			+ "auto_renew,notice_days\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	SmtpIntake intake;

	@Autowired
	Cases cases;

	ConsoleBrowser browser;

	MockHttpSession admin;

	String tag;

	LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));

	@BeforeEach
	void signIn() throws Exception {
		this.browser = new ConsoleBrowser(this.mvc);
		this.admin = this.browser.signIn();
		this.tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anImportShowsItsRefusedLinesAndTheOrganisationsPageItsPricesVatAndDeadlines() throws Exception {
		String organization = organization("Maschinenbau " + this.tag + " GmbH", "m" + this.tag + ".de", "DE",
				"DE136695976", "klaus", "en", false);
		String domain = "m" + this.tag + ".de";
		LocalDate soon = this.today.minusMonths(12).plusDays(40);
		String csv = CONTRACTS + domain + ",Hosting " + this.tag + ",1200,ANNUAL," + soon + ",12,true,30\n" + domain
				+ ",Correo " + this.tag + ",600,MONTHLY," + this.today.minusMonths(1) + ",,,\n" + domain + ",Copias "
				+ this.tag + ",12.345,ANNUAL," + this.today + ",12,true,30\n";
		String list = this.browser.page(get("/contracts"), this.admin);

		MockHttpServletResponse answer = this.browser.response(multipart("/admin/contracts/import")
			.file(new MockMultipartFile("file", "contratos.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("_csrf", ConsoleBrowser.csrf(list)), this.admin);
		String imported = this.browser.page(get("/contracts"), this.admin);
		String page = this.browser.page(get("/contracts/{o}", organization), this.admin);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/contracts");
		assertThat(imported)
			.contains("Importación: 2 contratos importados, 1 líneas rechazadas.", "<td>4</td>",
					"El precio anual &quot;12.345&quot; no es un importe válido")
			.containsPattern("<td>" + soon.plusMonths(12).minusDays(30) + "</td>\\s*<td>10</td>\\s*<td><a[^>]*>"
					+ organization + "</a></td>\\s*<td>Hosting " + this.tag + "</td>");
		assertThat(page)
			.contains("DE136695976", "Hosting " + this.tag, "Correo " + this.tag, "1.200,00 EUR",
					"Inversión del sujeto pasivo", soon.plusMonths(12).toString(),
					soon.plusMonths(12).minusDays(30).toString(), "Activo (renovación automática)")
			// 600 × 1.2 ÷ 12 = 60.00 a month
			.contains("60,00 EUR");
	}

	@Test
	void theQuoteFormGivesPricePerMonthVatAndTotalInTheCustomersLanguage() throws Exception {
		String organization = organization("Harbour " + this.tag + " Ltd", "hb" + this.tag + ".co.uk", "GB", "",
				"james", "en", true);

		String page = this.browser.page(get("/contracts/{o}", organization).param("annualPrice", "1200")
			.param("billing", "MONTHLY")
			.param("service", "Hosting")
			.param("language", "en"), this.admin);

		assertThat(page).contains("Quote: Hosting", "Annual price excluding VAT: 1,200.00 EUR",
				"Billing: monthly (annual price + 20 %, in 12 monthly payments).",
				"Amount per month excluding VAT: 120.00 EUR", "VAT (0 %): 0.00 EUR", "Total per month: 120.00 EUR",
				"Not subject to VAT: customer outside the European Union.",
				"The contract runs for 12 months and renews automatically; a change or cancellation needs 30 days&#39; notice");
		assertThat(this.browser.page(get("/contracts/{o}", organization).param("annualPrice", "mil"), this.admin))
			.contains("Indique un importe sin IVA")
			.doesNotContain("id=\"quote-text\"");
	}

	@Test
	void aQuoteInsertedIntoTheReplyOfACaseIsInTheCasesLanguageWithSpanishIva() throws Exception {
		organization("Talleres " + this.tag + " SA", "t" + this.tag + ".es", "ES", "B12345674", "ana", "es", false);
		long number = openCase("ana@t" + this.tag + ".es", "c@jd-services.eu",
				"Presupuesto de hosting para la web " + this.tag, "¿Cuánto costaría el hosting de nuestra web?");
		String view = this.browser.page(get("/cases/{n}", number), this.admin);

		String page = this.browser
			.page(post("/cases/{n}/insert-quote", number).param("_csrf", ConsoleBrowser.csrf(view))
				.param("text", "Buenos días, Ana:")
				.param("annualPrice", "1200")
				.param("billing", "ANNUAL")
				.param("service", "Hosting"), this.admin);

		assertThat(page).contains("id=\"reply-quote\"")
			.containsPattern("(?s)<textarea id=\"text-reply\"[^>]*>Buenos días, Ana:\\s+Presupuesto: Hosting\\s+"
					+ "Precio anual sin IVA: 1.200,00 EUR\\s+Facturación: anual \\(un pago al año\\).\\s+"
					+ "Importe al año sin IVA: 1.200,00 EUR\\s+IVA \\(21 %\\): 252,00 EUR\\s+Total al año: 1.452,00 EUR\\s+"
					+ "IVA español al 21 %.\\s+Condiciones: los precios no incluyen IVA. El contrato dura 12 meses y se "
					+ "renueva automáticamente");
	}

	@Test
	void aBCaseShowsWhichContactsWorkInEnglishAndACCaseDoesNot() throws Exception {
		organization("Oficina " + this.tag + " SL", "o" + this.tag + ".es", "ES", "", "eva", "es", true);
		long moderate = openCase("eva@o" + this.tag + ".es", "b@jd-services.eu",
				"Algunos usuarios no pueden enviar correo " + this.tag,
				"Desde las 10:00 tres usuarios no pueden enviar.");
		long minimal = openCase("eva@o" + this.tag + ".es", "c@jd-services.eu",
				"Cambiar la firma del correo " + this.tag, "Queremos cambiar la firma de todos los usuarios.");

		assertThat(this.browser.page(get("/cases/{n}", moderate), this.admin)).contains("Inglés (S2.3)",
				"Acepta trabajar en inglés (B2 o más)",
				"Puede ofrecer el inglés: Eva " + this.tag + " acepta trabajar en inglés (S2.3).");
		assertThat(this.browser.page(get("/cases/{n}", minimal), this.admin)).doesNotContain("Inglés (S2.3)",
				"Puede ofrecer el inglés");
	}

	private String organization(String name, String domain, String country, String vatId, String local, String language,
			boolean english) throws IOException {
		String line = name + "," + domain + "," + local + "@" + domain + "," + capitalized(local) + " " + this.tag
				+ ",representative,," + language + ",,false," + country + "," + vatId + "," + english + "\n";
		assertThat(this.directory.importCsv(new StringReader(DIRECTORY + line), Locale.ENGLISH).errors()).isEmpty();
		return name;
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private long openCase(String from, String to, String subject, String body) throws IOException {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), from, List.of(to), List.of(), subject, body);
		assertThat(SmtpDialogue.send(this.intake.port(), from, mail, to)).startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

}
