package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.ParsedMail.Address;
import eu.jdservices.caso.intake.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningCaseTests {

	static final Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:30:00Z"), ZoneOffset.UTC);

	static final Set<String> ours = Set.of("a@jd-services.eu", "b@jd-services.eu", "c@jd-services.eu");

	final OpeningCase opening = new OpeningCase(clock);

	@Test
	void senderAndEveryoneAddressedButUsBecomeContactsRequesterFirst() {
		ParsedMail mail = mail("Mario Pueyo", "Mario.Pueyo@talleresebro.es",
				List.of("a@jd-services.eu", "lucia.sanz@talleresebro.es"),
				List.of("C@jd-services.eu", "beatriz.lana@talleresebro.es", "lucia.sanz@talleresebro.es"),
				"  Sin correo en la oficina  ", "Nadie puede enviar correos.");

		NewCase opened = this.opening.open(new IncomingMessage(7, mail), Severity.A, ours::contains, "Talleres Ebro SA",
				null);

		assertThat(opened.requester()).isEqualTo("mario.pueyo@talleresebro.es");
		assertThat(opened.contacts()).containsExactly("mario.pueyo@talleresebro.es", "lucia.sanz@talleresebro.es",
				"beatriz.lana@talleresebro.es");
		assertThat(opened.subject()).isEqualTo("Sin correo en la oficina");
		assertThat(opened.severity()).isEqualTo(Severity.A);
		assertThat(opened.organization()).isEqualTo("Talleres Ebro SA");
		assertThat(opened.createdAt().toInstant()).isEqualTo(clock.instant());
		assertThat(opened.language()).isEqualTo("es");
	}

	@Test
	void wordsAndFragmentsOfABrokenHeaderDoNotBecomeContacts() {
		ParsedMail mail = mail("Mario Pueyo", "mario.pueyo@talleresebro.es",
				List.of("=?utf-8?q?=c3?= =?utf-8?q?=c3?=", "lucia.sanz@talleresebro.es",
						"x@" + "a".repeat(400) + ".com"),
				List.of("metest@zammad.com\u00e1mime-version: 1.0", "undisclosed-recipients"), "Sin correo",
				"Nadie puede enviar correos.");

		NewCase opened = this.opening.open(new IncomingMessage(7, mail), Severity.B, ours::contains, null, null);

		assertThat(opened.contacts()).containsExactly("mario.pueyo@talleresebro.es", "lucia.sanz@talleresebro.es");
	}

	@Test
	void writesInEnglishWhenTheContactPrefersItOrWroteInEnglish() {
		ParsedMail spanishText = mail("", "x@harbouranalytics.com", List.of("b@jd-services.eu"), List.of(),
				"Correo lento", "El correo tarda mucho en llegar desde ayer.");
		ParsedMail englishText = mail("", "x@unknown.test", List.of("b@jd-services.eu"), List.of(), "Slow mail",
				"Hello, since yesterday our mail takes an hour to arrive. Can you please check it?");

		assertThat(this.opening.open(new IncomingMessage(1, spanishText), Severity.B, ours::contains, null, "en")
			.language()).isEqualTo("en");
		assertThat(this.opening.open(new IncomingMessage(2, englishText), Severity.B, ours::contains, null, null)
			.language()).isEqualTo("en");
		assertThat(this.opening.open(new IncomingMessage(3, spanishText), Severity.B, ours::contains, null, "es")
			.language()).isEqualTo("es");
	}

	@Test
	void resentCopyHasTheSameFingerprintWhateverTheWhitespace() {
		String first = OpeningCase.fingerprint("lucia@x.es", "Sin acceso a SharePoint", "No puedo abrir\r\nnada.");
		String again = OpeningCase.fingerprint("lucia@x.es", "Sin acceso a  SharePoint ", "No puedo abrir\nnada.\n");
		String other = OpeningCase.fingerprint("lucia@x.es", "Sin acceso a SharePoint", "Ahora tampoco Teams.");
		String otherSender = OpeningCase.fingerprint("mario@x.es", "Sin acceso a SharePoint", "No puedo abrir nada.");

		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		assertThat(otherSender).isNotEqualTo(first);
	}

	@Test
	void aMailToThousandsOfAddressesMakesOnlyTheFirstFiftyContacts() {
		List<String> everyone = java.util.stream.IntStream.range(0, 40_000)
			.mapToObj((n) -> "user" + n + "@talleresebro.es")
			.toList();
		ParsedMail mail = mail("Mario Pueyo", "mario.pueyo@talleresebro.es", everyone, List.of(), "Boletín",
				"Para todos.");

		NewCase opened = this.opening.open(new IncomingMessage(9, mail), Severity.C, ours::contains, null, null);

		assertThat(opened.contacts()).hasSize(OpeningCase.MAX_CONTACTS)
			.startsWith("mario.pueyo@talleresebro.es", "user0@talleresebro.es");
	}

	@Test
	void aSubjectOfAMegabyteIsCutToWhatTheCaseKeeps() {
		ParsedMail mail = mail("Mario Pueyo", "mario.pueyo@talleresebro.es", List.of(), List.of(),
				"Re[2]: ".repeat(150_000), "Nadie puede enviar correos.");

		NewCase opened = this.opening.open(new IncomingMessage(8, mail), Severity.C, ours::contains, null, null);

		assertThat(opened.subject()).hasSize(NewCase.MAX_SUBJECT);
	}

	@Test
	void fingerprintsOfCasesOpenedBeforeStayTheSame() {
		for (String text : List.of("", " ", "\t\r\n", " Sin\u000B\facceso  a\u2003SharePoint \u00a0",
				"\u2003 Él  NO\n\npuede\r\n ", "línea\n".repeat(1000))) {
			assertThat(OpeningCase.normalize(text))
				.isEqualTo(text.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT));
		}
	}

	static ParsedMail mail(String name, String from, List<String> to, List<String> cc, String subject, String text) {
		return new ParsedMail("id@test", new Address(from, name), null,
				to.stream().map((email) -> new Address(email, "")).toList(),
				cc.stream().map((email) -> new Address(email, "")).toList(), List.of(), subject, null, List.of(),
				List.of(), Map.of(), text, null, List.of());
	}

}
