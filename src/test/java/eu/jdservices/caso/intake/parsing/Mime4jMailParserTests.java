package eu.jdservices.caso.intake.parsing;

import eu.jdservices.caso.intake.ParsedMail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

import eu.jdservices.caso.intake.MailParser.UnparseableMailException;
import eu.jdservices.caso.intake.ParsedMail.Address;
import eu.jdservices.caso.intake.ParsedMail.Attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Unit tests of {@link Mime4jMailParser} on small hand-written mails
 * ({@code src/test/resources/mail}) and inline snippets.
 */
class Mime4jMailParserTests {

	private final Mime4jMailParser parser = new Mime4jMailParser();

	@Test
	void decodesOutlookSpanishMailWithLatin1QuotedPrintable() throws Exception {
		ParsedMail mail = parseFixture("outlook-es-latin1-qp.eml");

		assertThat(mail.subject()).isEqualTo("RE: Incidencia urgente: el correo no envía desde esta mañana");
		assertThat(mail.from()).isEqualTo(new Address("josemaria.perez@cliente.es", "José María Pérez"));
		assertThat(mail.to()).containsExactly(new Address("soporte@jdservices.eu", "Soporte JD Services"),
				new Address("ana.garcia@jdservices.eu", ""));
		assertThat(mail.cc()).containsExactly(new Address("lucia.gomez@cliente.es", "Lucía Gómez"));
		assertThat(mail.text()).startsWith("Hola Ana:\n\nEl servidor de correo no envía mensajes desde esta mañana.")
			.contains("José María Pérez")
			.doesNotContain("\r")
			.doesNotContain("=E9");
		assertThat(mail.html()).contains("<p>Hola Ana:</p>").contains("mañana");
		assertThat(mail.attachments()).isEmpty();
	}

	@Test
	void aTextLongerThanCasoReadsIsCutAtALineBreakAndSaysSo() throws Exception {
		String line = "línea de registro con acentos y un emoji \uD83D\uDE00 al final\n";
		String body = line.repeat(ParsedMail.MAX_TEXT / line.length() + 100);
		ParsedMail mail = this.parser
			.parse(("From: Ana <ana@cliente.es>\r\nTo: b@jd-services.eu\r\nSubject: Registro\r\n"
					+ "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
				.getBytes(StandardCharsets.UTF_8));

		assertThat(mail.textCut()).isTrue();
		assertThat(mail.text()).hasSizeLessThanOrEqualTo(ParsedMail.MAX_TEXT)
			.hasSizeGreaterThan(ParsedMail.MAX_TEXT - line.length())
			.startsWith(line)
			.endsWith("al final");
		assertThat(this.parser
			.parse(("From: ana@cliente.es\r\nSubject: Corto\r\n\r\n" + line).getBytes(StandardCharsets.UTF_8))
			.textCut()).isFalse();
	}

	@Test
	void aTextOfOneEndlessLineIsCutWithoutSplittingACharacter() throws Exception {
		String body = "x" + "\uD83D\uDE00".repeat(ParsedMail.MAX_TEXT);
		ParsedMail mail = this.parser.parse(("From: ana@cliente.es\r\nSubject: Emojis\r\n"
				+ "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body)
			.getBytes(StandardCharsets.UTF_8));

		assertThat(mail.textCut()).isTrue();
		assertThat(mail.text()).hasSize(ParsedMail.MAX_TEXT - 1);
		assertThat(Character.isHighSurrogate(mail.text().charAt(mail.text().length() - 1))).isFalse();
	}

	@Test
	void aMailWithMorePartsThanCasoKeepsKeepsTheFirstAndCountsTheRest() throws Exception {
		StringBuilder raw = new StringBuilder("From: ana@cliente.es\r\nSubject: Fotos\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nLas fotos.\r\n");
		for (int i = 0; i < ParsedMail.MAX_ATTACHMENTS + 200; i++) {
			raw.append("--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=foto")
				.append(i)
				.append(".txt\r\n\r\nfoto ")
				.append(i)
				.append("\r\n");
		}
		ParsedMail mail = this.parser.parse(raw.append("--b--\r\n").toString().getBytes(StandardCharsets.US_ASCII));

		assertThat(mail.text()).isEqualTo("Las fotos.");
		assertThat(mail.attachments()).hasSize(ParsedMail.MAX_ATTACHMENTS);
		assertThat(mail.attachments().get(0).name()).isEqualTo("foto0.txt");
		assertThat(mail.partsLeftOut()).isEqualTo(200);
		assertThat(parseFixture("outlook-es-latin1-qp.eml").partsLeftOut()).isZero();
	}

	@Test
	void readsThreadingHeadersWithoutAngleBrackets() throws Exception {
		ParsedMail mail = parseFixture("outlook-es-latin1-qp.eml");

		assertThat(mail.messageId()).isEqualTo("AM0PR06MB4321A1B2C3D4E5F6@AM0PR06MB4321.eurprd06.prod.outlook.com");
		assertThat(mail.inReplyTo()).containsExactly("caso-2026-0042@jdservices.eu");
		assertThat(mail.references()).containsExactly("caso-2026-0001@jdservices.eu", "caso-2026-0042@jdservices.eu");
	}

	@Test
	void keepsHeadersWithLowerCaseNamesAndDecodedUnfoldedValues() throws Exception {
		ParsedMail mail = parseFixture("outlook-es-latin1-qp.eml");

		assertThat(mail.header("Subject")).hasValue("RE: Incidencia urgente: el correo no envía desde esta mañana");
		assertThat(mail.headers().get("received")).singleElement()
			.asString()
			.startsWith("from mail.cliente.es (mail.cliente.es [192.0.2.10])\tby mx.jdservices.eu")
			.doesNotContain("\n");
		assertThat(mail.headers()).containsKeys("thread-topic", "content-language", "mime-version")
			.doesNotContainKey("Thread-Topic");
	}

	@Test
	void parsesDateLeniently() throws Exception {
		assertThat(parseFixture("outlook-es-latin1-qp.eml").date())
			.isEqualTo(OffsetDateTime.of(2026, 3, 10, 8, 14, 55, 0, ZoneOffset.UTC));
		assertThat(parseFixture("mbox-bounce.eml").date())
			.isEqualTo(OffsetDateTime.of(2026, 3, 15, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
		assertThat(parse("Date: 5 Jan 26 9:07 EST\nFrom: a@example.com\n\nx").date())
			.isEqualTo(OffsetDateTime.of(2026, 1, 5, 9, 7, 0, 0, ZoneOffset.ofHours(-5)));
		assertThat(parse("Date: sometime next week\nFrom: a@example.com\n\nx").date()).isNull();
	}

	@Test
	void prefersPlainTextOfGmailAlternativeAndKeepsHtml() throws Exception {
		ParsedMail mail = parseFixture("gmail-alternative.eml");

		assertThat(mail.from()).isEqualTo(new Address("emma.clarke@gmail.com", "Emma Clarke"));
		assertThat(mail.text()).isEqualTo(
				"Hi team,\n\nThe VPN drops every 10 minutes since yesterday's update.\nCould you have a look?\n\nThanks,\nEmma");
		assertThat(mail.html()).startsWith("<div dir=\"ltr\">Hi team,");
		assertThat(mail.attachments()).as("the HTML alternative is not an attachment").isEmpty();
	}

	@Test
	void extractsTextFromHtmlOnlyMail() throws Exception {
		ParsedMail mail = parseFixture("html-only-es.eml");

		assertThat(mail.subject()).isEqualTo("Ampliación de buzón");
		assertThat(mail.html()).contains("<li>facturación</li>");
		assertThat(mail.text()).doesNotContain("color: red")
			.contains("Buenos días,")
			.contains("Necesitamos ampliar el buzón de:\nfacturación\nrecepción")
			.contains("Usuario Cuota\nadmin 50 GB")
			.endsWith("Gracias\nMarta");
	}

	@Test
	void decodesRfc2231FileName() throws Exception {
		ParsedMail mail = parseFixture("rfc2231-attachment-es.eml");

		assertThat(mail.text()).isEqualTo("Adjunto el presupuesto del año 2026.");
		assertThat(mail.attachments()).extracting(Attachment::name)
			.containsExactly("presupuesto año 2026.pdf", "desglose de -partidas españolas.xlsx");
		Attachment pdf = mail.attachments().get(0);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.inline()).isFalse();
		assertThat(new String(pdf.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\n% presupuesto\n%%EOF\n");
		assertThat(mail.from()).isEqualTo(new Address("compras@cliente.es", "Compras, Cliente S.L."));
	}

	@Test
	void decodesEncodedWordFileNameAndSplitMultiByteCharacters() throws Exception {
		ParsedMail mail = parse("""
				From: =?UTF-8?B?U2XDsW9y?= <a@example.com>
				Subject: =?UTF-8?B?w7E=?= =?UTF-8?Q?and_=C3?= =?UTF-8?Q?=B1?=
				Content-Type: multipart/mixed; boundary=b

				--b
				Content-Type: text/plain

				body
				--b
				Content-Type: application/octet-stream; name="=?iso-8859-1?Q?caf=E9.bin?="

				data
				--b--
				""");

		assertThat(mail.from().name()).isEqualTo("Señor");
		assertThat(mail.subject()).isEqualTo("ñand ñ");
		assertThat(mail.attachments()).extracting(Attachment::name).containsExactly("café.bin");
	}

	@Test
	void keepsInlineImageWithContentId() throws Exception {
		ParsedMail mail = parseFixture("inline-image.eml");

		assertThat(mail.text()).isEqualTo("See the error:");
		assertThat(mail.attachments()).singleElement().satisfies((image) -> {
			assertThat(image.contentId()).isEqualTo("error.png@example.com");
			assertThat(image.inline()).isTrue();
			assertThat(image.contentType()).isEqualTo("image/png");
			assertThat(image.name()).isEqualTo("error.png");
			assertThat(image.content()).startsWith(0x89, 'P', 'N', 'G');
		});
	}

	@Test
	void fallsBackWhenCharsetIsUnknown() throws Exception {
		assertThat(parseFixture("unknown-charset.eml").text()).isEqualTo("Café con leña");
	}

	@Test
	void fallsBackToWindows1252WhenDeclaredUtf8IsMalformed() throws Exception {
		assertThat(parseFixture("latin1-declared-utf8.eml").text()).isEqualTo("Café con leña € 5");
	}

	@Test
	void decodesCharsetAliases() throws Exception {
		byte[] korean = "안녕하세요".getBytes("x-windows-949");
		assertThat(Charsets.decode(korean, "ks_c_5601-1987")).isEqualTo("안녕하세요");
		assertThat(Charsets.decode("ñ".getBytes(StandardCharsets.UTF_8), "utf8")).isEqualTo("ñ");
		assertThat(Charsets.decode(new byte[] { (byte) 0xF1 }, "latin1")).isEqualTo("ñ");
		assertThat(Charsets.decode("Hi +AOQ- +-1".getBytes(StandardCharsets.US_ASCII), "unicode-1-1-utf-7"))
			.isEqualTo("Hi ä +1");
	}

	@Test
	void treatsInvalidTransferEncodingAsEightBit() throws Exception {
		ParsedMail mail = parse("From: a@example.com\nContent-Type: text/plain; charset=utf-8\n"
				+ "Content-Transfer-Encoding: UTF-8\n\nañadido\n");

		assertThat(mail.text()).isEqualTo("añadido");
	}

	@Test
	void decodesUuencodedAttachment() throws Exception {
		ParsedMail mail = parse("""
				From: a@example.com
				Content-Type: multipart/mixed; boundary=b

				--b
				Content-Type: text/plain

				see attachment
				--b
				Content-Type: application/msword; name="notes.txt"
				Content-Transfer-Encoding: x-uuencode

				,2&5L;&\\@6F%M;6%D
				`
				--b--
				""");

		assertThat(mail.attachments()).singleElement().satisfies((attachment) -> {
			assertThat(attachment.name()).isEqualTo("notes.txt");
			assertThat(new String(attachment.content(), StandardCharsets.US_ASCII)).isEqualTo("Hello Zammad");
		});
	}

	@Test
	void parsesMboxBounceWithReportParts() throws Exception {
		ParsedMail mail = parseFixture("mbox-bounce.eml");

		assertThat(mail.from()).isEqualTo(new Address("mailer-daemon@mx.jdservices.eu", "Mail Delivery System"));
		assertThat(mail.text()).startsWith("This is the mail system at host mx.jdservices.eu.");
		assertThat(mail.attachments()).extracting(Attachment::name, Attachment::contentType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Delivery report.txt", "message/delivery-status"),
					org.assertj.core.groups.Tuple.tuple("Caso 2026-0042 abierto.eml", "message/rfc822"));
		assertThat(new String(mail.attachments().get(1).content(), StandardCharsets.US_ASCII))
			.startsWith("From: soporte@jdservices.eu\nTo: nadie@cliente.es\n");
		assertThat(mail.headers()).doesNotContainKey("from mailer-daemon sun mar 15 10");
	}

	@Test
	void givesSyntheticNamesToUnnamedParts() throws Exception {
		ParsedMail mail = parse("""
				From: a@example.com
				Content-Type: multipart/mixed; boundary=b

				--b
				Content-Type: text/plain

				body
				--b
				Content-Type: application/octet-stream

				one
				--b
				Content-Type: text/html
				Content-Disposition: attachment

				<p>two</p>
				--b
				Content-Type: text/html
				Content-Disposition: attachment

				<p>three</p>
				--b
				Content-Type: message/rfc822

				From: b@example.com

				no subject
				--b--
				""");

		assertThat(mail.attachments()).extracting(Attachment::name)
			.containsExactly("attachment-1.bin", "document.html", "document1.html", "message.eml");
	}

	@Test
	void concatenatesTextPartsAroundAnInlineImage() throws Exception {
		ParsedMail mail = parse("""
				From: a@example.com
				Content-Type: multipart/mixed; boundary=b

				--b
				Content-Type: text/plain

				Text before
				--b
				Content-Type: image/gif; name="dot.gif"
				Content-Disposition: inline; filename="dot.gif"
				Content-Transfer-Encoding: base64

				R0lGODlhAQABAAAAACw=
				--b
				Content-Type: text/plain

				Text after
				--b--
				""");

		assertThat(mail.text()).isEqualTo("Text before\n\nText after");
		assertThat(mail.attachments()).extracting(Attachment::name).containsExactly("dot.gif");
	}

	@Test
	void lowerCasesAddressesAndReadsGroupsAndComments() throws Exception {
		ParsedMail mail = parse("From: Max <Max.Mustermann@Example.COM>\n"
				+ "To: Team: One <ONE@example.com>, two@example.com (Two Person);, \"Doe, Jane\" <jane@example.com>\n"
				+ "Reply-To: <Reply@Example.com>\nSender: list@example.com\n\nx");

		assertThat(mail.from()).isEqualTo(new Address("max.mustermann@example.com", "Max"));
		assertThat(mail.from().domain()).isEqualTo("example.com");
		assertThat(mail.to()).containsExactly(new Address("one@example.com", "One"),
				new Address("two@example.com", "Two Person"), new Address("jane@example.com", "Doe, Jane"));
		assertThat(mail.replyTo()).containsExactly(new Address("reply@example.com", ""));
		assertThat(mail.sender()).isEqualTo(new Address("list@example.com", ""));
	}

	@Test
	void skipsMboxFromLine() throws Exception {
		ParsedMail mail = parse("From someone@example.com Mon Mar  2 10:00:00 2026\nFrom: someone@example.com\n"
				+ "Subject: hola\n\ncuerpo\n");

		assertThat(mail.subject()).isEqualTo("hola");
		assertThat(mail.text()).isEqualTo("cuerpo");
	}

	@Test
	void parsesMailWithoutBody() throws Exception {
		ParsedMail mail = parse("From: a@example.com\nSubject: only headers");

		assertThat(mail.subject()).isEqualTo("only headers");
		assertThat(mail.text()).isEmpty();
		assertThat(mail.html()).isNull();
		assertThat(mail.messageId()).isNull();
	}

	@Test
	void rejectsBytesThatAreNotAMail() {
		assertThatExceptionOfType(UnparseableMailException.class).isThrownBy(() -> this.parser.parse(new byte[0]));
		byte[] garbage = new byte[4096];
		new Random(42).nextBytes(garbage);
		garbage[0] = (byte) 0x89;
		assertThatExceptionOfType(UnparseableMailException.class).isThrownBy(() -> this.parser.parse(garbage));
		assertThatExceptionOfType(UnparseableMailException.class)
			.isThrownBy(() -> this.parser.parse("just some words\nwithout any header\n".getBytes()));
	}

	@Test
	void survivesBrokenStructure() throws Exception {
		ParsedMail mail = parse("From: a@example.com\nContent-Type: multipart/mixed; boundary=\"never\"\n"
				+ "Content-Transfer-Encoding: base64\n\n--other\nContent-Type: text/plain\n\n!!!not base64");

		assertThat(mail.from().email()).isEqualTo("a@example.com");
		assertThat(mail.text()).contains("!!!not base64");
		StringBuilder deep = new StringBuilder("From: a@example.com\nContent-Type: multipart/mixed; boundary=b0\n\n");
		for (int i = 1; i < 200; i++) {
			deep.append("--b")
				.append(i - 1)
				.append("\nContent-Type: multipart/mixed; boundary=b")
				.append(i)
				.append("\n\n");
		}
		assertThat(parse(deep.toString()).from().email()).isEqualTo("a@example.com");
	}

	@Test
	void namesTenThousandNamelessPartsUniquelyWithoutSlowingDown() {
		StringBuilder mail = new StringBuilder(
				"From: a@example.com\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nsee the pictures\n");
		for (int i = 0; i < 10_000; i++) {
			mail.append("--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n");
		}
		mail.append("--b--\n");

		ParsedMail parsed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(mail.toString()));

		// all 10,000 are named; the mail keeps the first MAX_ATTACHMENTS and counts the
		// rest
		assertThat(parsed.attachments()).hasSize(ParsedMail.MAX_ATTACHMENTS);
		assertThat(parsed.partsLeftOut()).isEqualTo(10_000 - ParsedMail.MAX_ATTACHMENTS);
		assertThat(parsed.attachments().stream().map(Attachment::name).distinct()).hasSize(ParsedMail.MAX_ATTACHMENTS);
		assertThat(parsed.attachments().stream().map(Attachment::name).limit(3)).containsExactly("image.png",
				"image1.png", "image2.png");
		assertThat(parsed.attachments().getLast().name()).isEqualTo("image999.png");
	}

	@Test
	void readsAMailWithMultipartsNestedTwentyThousandDeepAndWhatFollowsThem() {
		StringBuilder mail = new StringBuilder("From: a@example.com\nSubject: deep\n");
		mail.append("Content-Type: multipart/mixed; boundary=top\n\n--top\n");
		for (int i = 0; i < 20_000; i++) {
			mail.append("Content-Type: multipart/mixed; boundary=\"b")
				.append(i)
				.append("\"\n\n--b")
				.append(i)
				.append('\n');
		}
		mail.append("Content-Type: text/plain\n\n").append("deep down ".repeat(10_000)).append('\n');
		for (int i = 19_999; i >= 0; i--) {
			mail.append("--b").append(i).append("--\n");
		}
		mail.append("--top\nContent-Type: text/plain\n\nafter the nest\n--top--\n");

		ParsedMail parsed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(mail.toString()));

		assertThat(parsed.from().email()).isEqualTo("a@example.com");
		assertThat(parsed.subject()).isEqualTo("deep");
		assertThat(parsed.text()).isEqualTo("after the nest");
	}

	@Test
	void aMailboxLongerThanAnAddressCanBeIsNoAddress() throws Exception {
		String huge = "a".repeat(1_000_000) + "@customer.test";
		ParsedMail mail = parse("From: " + huge + "\nTo: ana@cliente.es, <" + huge + ">\nSubject: x\n\ntext");

		assertThat(mail.from()).isNull();
		assertThat(mail.to()).extracting(Address::email).containsExactly("ana@cliente.es");
	}

	private ParsedMail parse(String mail) throws UnparseableMailException {
		return this.parser.parse(mail.getBytes(StandardCharsets.UTF_8));
	}

	private ParsedMail parseFixture(String name) throws IOException, UnparseableMailException {
		try (InputStream in = getClass().getResourceAsStream("/mail/" + name)) {
			assertThat(in).as(name).isNotNull();
			return this.parser.parse(in.readAllBytes());
		}
	}

}
