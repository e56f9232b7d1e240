package eu.jdservices.caso.cases;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.support.MailFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutomaticMail}: mail written by a machine (auto-replies, bulk and list mail,
 * bounces, read receipts, out-of-office) is recognised; replies written by people are
 * not. Bounces and auto-generated mail from the Zammad corpus are read by path.
 */
class AutomaticMailTests {

	static final List<String> REPLIES = MailFixtures.REPLIES;

	private static final String CUSTOMER = "marta.lopez@cliente-ejemplo.es";

	@ParameterizedTest
	@FieldSource("REPLIES")
	void replyWrittenByAPersonIsNotAutomatic(String fixture) {
		ParsedMail mail = MailFixtures.reply(fixture);

		assertThat(AutomaticMail.why(mail, mail.from().email())).isEmpty();
		assertThat(AutomaticMail.bounce(mail)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "no", "No", "no (sent by a person)", "no; reason=manual" })
	void autoSubmittedNoIsNotAutomatic(String value) {
		ParsedMail mail = MailFixtures.mail(CUSTOMER, "RE: [Caso #1042] Impresora", "Sigue sin imprimir.",
				Map.of("Auto-Submitted", value));

		assertThat(AutomaticMail.why(mail, CUSTOMER)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "auto-replied", "auto-generated", "Auto-Notified", "auto-replied; owner-email=x@y.test" })
	void autoSubmittedOtherThanNoIsAutomatic(String value) {
		ParsedMail mail = MailFixtures.mail(CUSTOMER, "RE: [Caso #1042] Impresora", "Sigue sin imprimir.",
				Map.of("Auto-Submitted", value));

		assertThat(AutomaticMail.why(mail, CUSTOMER))
			.hasValueSatisfying((why) -> assertThat(why).startsWith("Auto-Submitted: ")
				.isEqualTo("Auto-Submitted: " + value.toLowerCase(Locale.ROOT).split(";")[0]));
	}

	@Test
	void exchangeOutOfOfficeReplyIsAutomatic() {
		ParsedMail mail = MailFixtures.reply("exchange-es-out-of-office.eml");

		assertThat(AutomaticMail.why(mail, CUSTOMER)).hasValue("Auto-Submitted: auto-generated");
		assertThat(AutomaticMail.bounce(mail)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "Precedence, bulk, Precedence: bulk", "Precedence, Junk, Precedence: junk",
			"Precedence, list, Precedence: list", "X-Autoreply, yes, x-autoreply header",
			"X-Auto-Response-Suppress, 'DR, OOF, AutoReply', x-auto-response-suppress header",
			"List-Id, <usuarios.lista.cliente-ejemplo.es>, list-id header",
			"List-Unsubscribe, <mailto:baja@cliente-ejemplo.es>, list-unsubscribe header" })
	void bulkListAndAutoReplyHeadersMakeAMailAutomatic(String name, String value, String why) {
		ParsedMail mail = MailFixtures.mail(CUSTOMER, "Boletín de noviembre", "Novedades.", Map.of(name, value));

		assertThat(AutomaticMail.why(mail, CUSTOMER)).hasValue(why);
	}

	@Test
	void precedenceOtherThanBulkJunkOrListIsNotAutomatic() {
		ParsedMail mail = MailFixtures.mail(CUSTOMER, "Impresora", "No imprime.", Map.of("Precedence", "first-class"));

		assertThat(AutomaticMail.why(mail, CUSTOMER)).isEmpty();
	}

	@Test
	void emptyReturnPathIsAutomatic() {
		ParsedMail mail = MailFixtures.mail(CUSTOMER, "Impresora", "No imprime.", Map.of());

		assertThat(AutomaticMail.why(mail, "")).hasValue("empty return path");
		assertThat(AutomaticMail.why(mail, "<>")).hasValue("empty return path");
		assertThat(AutomaticMail.why(mail, null)).isEmpty();
	}

	@Test
	void emptyReturnPathHeaderIsAutomatic() {
		ParsedMail mail = MailFixtures.mail(CUSTOMER, "Impresora", "No imprime.", Map.of("Return-Path", "<>"));

		assertThat(AutomaticMail.why(mail, null)).hasValue("empty return path");
	}

	@ParameterizedTest
	@CsvSource({ "MAILER-DAEMON@mx.cliente-ejemplo.es, sent by mailer-daemon",
			"postmaster@cliente-ejemplo.es, sent by postmaster" })
	void mailFromMailerDaemonOrPostmasterIsAutomatic(String from, String why) {
		ParsedMail mail = MailFixtures.mail(from, "Aviso", "Texto.", Map.of());

		assertThat(AutomaticMail.why(mail, "bounces@cliente-ejemplo.es")).hasValue(why);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Respuesta automática: [Caso #1042] Impresora de recepción no imprime",
			"RE: Respuesta automática: [Caso #1042] Impresora", "Automatic reply: [Caso #1042] Reception printer",
			"Abwesenheitsnotiz: [Caso #1042] Drucker", "Automatische Antwort: [Caso #1042] Drucker",
			"Réponse automatique : [Caso #1042] Imprimante", "Fuera de la oficina: [Caso #1042] Impresora",
			"Out of Office: [Caso #1042] Reception printer", "Out of Office AutoReply: [Caso #1042] Printer",
			"Auto-Reply: [Caso #1042] Printer", "Fuera de la oficina", "Ausente hasta el 30 de noviembre",
			"Vacaciones" })
	void outOfOfficeSubjectsInSpanishEnglishGermanAndFrenchAreAutomatic(String subject) {
		ParsedMail mail = MailFixtures.mail(CUSTOMER, subject, "Estoy fuera de la oficina.", Map.of());

		assertThat(AutomaticMail.why(mail, CUSTOMER)).hasValue("out-of-office subject");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Respuesta automática no funciona en Outlook",
			"Out of office replies are not sent to external senders", "Vacaciones: no puedo registrar mis días",
			"Ausencias del personal en el portal de RR. HH.", "Absence management module shows error 500",
			"RE: [Caso #1042] Impresora de recepción no imprime" })
	void subjectsAboutAutoRepliesWrittenByCustomersAreNotAutomatic(String subject) {
		ParsedMail mail = MailFixtures.mail(CUSTOMER, subject, "¿Podéis revisarlo?", Map.of());

		assertThat(AutomaticMail.why(mail, CUSTOMER)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "mail033-undelivered-mail-returned-to-sender.box", "mail053.box", "mail055.box",
			"mail063.box", "mail078.box", "mail092.box", "mail089.box", "mail090.box", "mail043.box" })
	void bouncesAndMachineMailFromTheCorpusAreAutomatic(String corpusMail) {
		ParsedMail mail = MailFixtures.corpus(corpusMail);

		assertThat(AutomaticMail.why(mail, "someone@example.com")).isPresent();
	}

	@Test
	void postfixBounceNamesTheFailedRecipientAndTheReturnedMessage() {
		ParsedMail mail = MailFixtures.corpus("mail033-undelivered-mail-returned-to-sender.box");

		assertThat(AutomaticMail.bounce(mail)).hasValueSatisfying((bounce) -> {
			assertThat(bounce.failedRecipients()).containsExactly("not_existing@znuny.com");
			assertThat(bounce.messageIds()).contains("20150830145601.30.608881@edenhofer.zammad.com");
		});
	}

	@Test
	void bounceNamesTheReturnedMessageNotTheBounceItself() {
		ParsedMail mail = MailFixtures.corpus("mail055.box");

		assertThat(AutomaticMail.bounce(mail)).hasValueSatisfying((bounce) -> {
			assertThat(bounce.failedRecipients()).containsExactly("ticket-bounce-trigger2@example.com");
			assertThat(bounce.messageIds()).containsExactly("20170526150141.232.13312@example.zammad.loc")
				.doesNotContain(mail.messageId());
		});
	}

	@Test
	void bounceReturningOnlyTheHeadersNamesTheReturnedMessage() {
		// text/rfc822-headers instead of message/rfc822
		ParsedMail mail = MailFixtures.corpus("mail053.box");

		assertThat(AutomaticMail.bounce(mail)).hasValueSatisfying((bounce) -> {
			assertThat(bounce.failedRecipients()).containsExactly("john_example@example.com");
			assertThat(bounce.messageIds()).contains("20170227103514.188.920664@help.example.com");
		});
	}

	@Test
	void aBounceOfTensOfThousandsOfReferencesNamesTheReturnedMessageAndFewOthers() {
		String bounce = new String(MailFixtures.corpusBytes("mail033-undelivered-mail-returned-to-sender.box"),
				StandardCharsets.ISO_8859_1);
		StringBuilder references = new StringBuilder("References:");
		for (int i = 0; i < 20_000; i++) {
			references.append(" <id").append(i).append("@customer.test>");
		}
		String withoutMboxLine = bounce.startsWith("From ") ? bounce.substring(bounce.indexOf('\n') + 1) : bounce;
		ParsedMail mail = MailFixtures
			.parse((references + "\n" + withoutMboxLine).getBytes(StandardCharsets.ISO_8859_1));

		assertThat(mail.references()).hasSize(20_000);
		assertThat(AutomaticMail.bounce(mail))
			.hasValueSatisfying((report) -> assertThat(report.messageIds()).hasSizeLessThanOrEqualTo(150)
				.contains("id19999@customer.test", "20150830145601.30.608881@edenhofer.zammad.com"));
	}

	@Test
	void exchangeBounceNamesTheFailedRecipient() {
		ParsedMail mail = MailFixtures.corpus("mail018.box");

		assertThat(AutomaticMail.bounce(mail)).hasValueSatisfying((bounce) -> {
			assertThat(bounce.failedRecipients()).containsExactly("m.smith@example.com");
			assertThat(bounce.messageIds()).contains("20131115125507.4636.975502@portal.znuny.com");
		});
	}

	@Test
	void delayNotificationNamesNoFailedRecipient() {
		// Gmail "Delivery Status Notification (Delay)": Action: delayed, the mail may
		// still
		// arrive
		ParsedMail mail = MailFixtures.corpus("mail078.box");

		assertThat(AutomaticMail.why(mail, "")).isPresent();
		assertThat(AutomaticMail.bounce(mail)).hasValueSatisfying((bounce) -> {
			assertThat(bounce.failedRecipients()).isEmpty();
			assertThat(bounce.messageIds()).contains("20150830145601.30.608881@example.com");
		});
	}

	@Test
	void readReceiptIsAutomaticButNoBounce() {
		ParsedMail mail = MailFixtures.reply("outlook-es-read-receipt.eml");

		assertThat(AutomaticMail.why(mail, CUSTOMER)).hasValue("read receipt");
		assertThat(AutomaticMail.bounce(mail)).isEmpty();
	}

	@Test
	void autoGeneratedNotificationIsNoBounce() {
		ParsedMail mail = MailFixtures.corpus("mail089.box");

		assertThat(AutomaticMail.why(mail, "example@service-now.com")).hasValue("Auto-Submitted: auto-generated");
		assertThat(AutomaticMail.bounce(mail)).isEmpty();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "noreply@erp.example", "no-reply@shop.example",
			"donotreply@bank.example", "do-not-reply@bank.example", "noreply-invoices@saas.example" })
	void mailFromANoReplyMailboxIsAutomatic(String from) {
		ParsedMail mail = MailFixtures.mail(from, "Pedido de compra 4500012345", "Adjuntamos su pedido.", Map.of());

		assertThat(AutomaticMail.why(mail, "bounces@example.net")).isPresent();
	}

	@org.junit.jupiter.api.Test
	void aPersonWhoseNameStartsLikeNoreplyIsNot() {
		ParsedMail mail = MailFixtures.mail("norena.garcia@talleresebro.es", "Impresora", "No imprime.", Map.of());

		assertThat(AutomaticMail.why(mail, "norena.garcia@talleresebro.es")).isEmpty();
	}

}
