package eu.jdservices.caso.console;

import eu.jdservices.caso.support.ConsoleBrowser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.directory.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Administrators browse the customer directory, correct contacts and import the CSV.
 */
@ConsoleTest
class DirectoryAdminTests {

	static final String CONTACT = "/admin/directory/{organization}/{email}";

	static final String HEADER = "organization,domain,email,name,role,manager_email,language,phone,shared_mailbox\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	ConsoleBrowser browser;

	MockHttpSession admin;

	String organization;

	String domain;

	@BeforeEach
	void signIn() throws Exception {
		this.browser = new ConsoleBrowser(this.mvc);
		this.admin = this.browser.signIn();
		String id = UUID.randomUUID().toString().substring(0, 8);
		this.organization = "Talleres " + id + " SA";
		this.domain = "t" + id + ".es";
	}

	@Test
	void anUploadWithABadLineShowsItsNumberAndReasonAndImportsTheGoodLines() throws Exception {
		String csv = HEADER + line("ana", "Ana Pérez", "representative") + line("bea", "Bea Gil", "jefa")
				+ line("carlos", "Carlos Ruiz", "member|top_executive");
		String page = this.browser.page(get("/admin/directory"), this.admin);

		MockHttpServletResponse answer = this.browser.response(multipart("/admin/directory/import")
			.file(new MockMultipartFile("file", "directorio.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("_csrf", ConsoleBrowser.csrf(page)), this.admin);
		String result = this.browser.page(get("/admin/directory"), this.admin);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/admin/directory");
		assertThat(result)
			.contains("Importación: 2 contactos creados, 0 actualizados, 1 líneas rechazadas.", "<td>3</td>",
					"El rol &quot;jefa&quot; no existe", this.organization, this.domain)
			.containsPattern("<td>" + this.domain + "</td>\\s*<td>2</td>");
		assertThat(this.directory.contact("ana@" + this.domain)).isPresent();
		assertThat(this.directory.contact("carlos@" + this.domain)).isPresent();
		assertThat(this.directory.contact("bea@" + this.domain)).isEmpty();
		assertThat(this.browser.page(get("/admin/directory"), this.admin)).doesNotContain("líneas rechazadas");
	}

	@Test
	void uploadingNoFileSaysSo() throws Exception {
		String page = this.browser.page(get("/admin/directory"), this.admin);

		this.browser.response(multipart("/admin/directory/import")
			.file(new MockMultipartFile("file", "vacio.csv", "text/csv", new byte[0]))
			.param("_csrf", ConsoleBrowser.csrf(page)), this.admin);

		assertThat(this.browser.page(get("/admin/directory"), this.admin)).contains("Elija un fichero CSV.");
	}

	@Test
	void editingAContactPersistsAndABadRoleIsRefused() throws Exception {
		this.directory.importCsv(new StringReader(HEADER + line("ana", "Ana Pérez", "member")), Locale.ENGLISH);
		String contacts = this.browser.page(get("/admin/directory/{organization}", this.organization), this.admin);
		String path = "/admin/directory/" + UriUtils.encodePathSegment(this.organization, StandardCharsets.UTF_8)
				+ "/ana@" + this.domain;
		assertThat(contacts).contains("Ana Pérez", "href=\"" + path + "\"");
		String form = this.browser.page(get(CONTACT, this.organization, "ana@" + this.domain), this.admin);

		MockHttpServletResponse saved = this.browser
			.response(post(CONTACT, this.organization, "ana@" + this.domain).param("name", "Ana Pérez Gil")
				.param("roles", "member", "representative")
				.param("managerEmail", "")
				.param("language", "en")
				.param("phone", "+34 600 000 000")
				.param("sharedMailbox", "true")
				.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);
		String refused = this.browser
			.page(post(CONTACT, this.organization, "ana@" + this.domain).param("name", "Otro Nombre")
				.param("roles", "jefa")
				.param("language", "es")
				.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);
		String ownManager = this.browser
			.page(post(CONTACT, this.organization, "ana@" + this.domain).param("name", "Otro Nombre")
				.param("roles", "member")
				.param("managerEmail", "ana@" + this.domain)
				.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);

		assertThat(saved.getRedirectedUrl())
			.isEqualTo("/admin/directory/" + UriUtils.encodePathSegment(this.organization, StandardCharsets.UTF_8));
		assertThat(this.browser.page(get("/admin/directory/{organization}", this.organization), this.admin))
			.contains("Contacto guardado.", "Ana Pérez Gil", "Representante", "+34 600 000 000");
		assertThat(refused).contains("El rol &quot;jefa&quot; no existe", "value=\"Otro Nombre\"");
		assertThat(ownManager).contains("no puede ser su propio responsable");
		Contact ana = this.directory.contact("ana@" + this.domain).orElseThrow();
		assertThat(ana.name()).isEqualTo("Ana Pérez Gil");
		assertThat(ana.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.REPRESENTATIVE);
		assertThat(ana.language()).isEqualTo("en");
		assertThat(ana.sharedMailbox()).isTrue();
		assertThat(ana.organization()).isEqualTo(this.organization);
	}

	@Test
	void whetherAContactWorksInEnglishIsKeptWhenTheContactIsEdited() throws Exception {
		this.directory.importCsv(new StringReader(HEADER.strip() + ",country,vat_id,accepts_english\n"
				+ line("eva", "Eva Ruiz", "member").strip() + ",ES,,true\n"), Locale.ENGLISH);
		String form = this.browser.page(get(CONTACT, this.organization, "eva@" + this.domain), this.admin);
		assertThat(form).containsPattern("name=\"acceptsEnglish\" value=\"true\" checked");

		this.browser.response(post(CONTACT, this.organization, "eva@" + this.domain).param("name", "Eva Ruiz Gil")
			.param("roles", "member")
			.param("language", "es")
			.param("acceptsEnglish", "true")
			.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);
		assertThat(this.directory.contact("eva@" + this.domain).orElseThrow().acceptsEnglish()).isTrue();

		this.browser.response(post(CONTACT, this.organization, "eva@" + this.domain).param("name", "Eva Ruiz Gil")
			.param("roles", "member")
			.param("language", "es")
			.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);
		assertThat(this.directory.contact("eva@" + this.domain).orElseThrow().acceptsEnglish()).isFalse();
	}

	private String line(String user, String name, String roles) {
		return String.join(",", this.organization, this.domain, user + "@" + this.domain, name, roles, "", "es", "",
				"false") + "\n";
	}

}
