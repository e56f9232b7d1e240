package eu.jdservices.caso.cases;

import java.time.Duration;
import java.util.List;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.QuotedHistory;
import eu.jdservices.caso.support.MailFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@link CaseReferences}: the case tag in subjects written by real mail clients, case
 * numbers mentioned in what the customer wrote, and subjects without prefixes.
 */
class CaseReferencesTests {

	static final List<String> REPLIES = MailFixtures.REPLIES;

	@ParameterizedTest
	@ValueSource(strings = { "[Caso #1042] Impresora de recepción no imprime", "RE: [Caso #1042] Impresora",
			"Re: [Caso #1042] Impresora", "AW: [Caso #1042] Impresora", "RV: [Caso #1042] Impresora",
			"RE: RV: [Caso #1042] Impresora", "Fwd: [Caso#1042] Impresora", "FW: [Caso #1042] Impresora",
			"WG: [Caso #1042] Impresora", "TR: [ Caso # 1042 ] Impresora", "AW: WG: [caso #1042] Impresora",
			"RE: RE: Re: AW: RV: [CASO #1042] Impresora", "Re[2]: [Caso #1042] Impresora",
			"Impresora de recepción [Caso #1042]", "RE: [Caso #1042] Relacionado con [Caso #1040]" })
	void taggedFindsTheTagBehindAnyReplyAndForwardPrefixes(String subject) {
		assertThat(CaseReferences.tagged(subject)).hasValue(1042L);
	}

	@ParameterizedTest
	@FieldSource("REPLIES")
	void taggedReadsTheSubjectOfEachMailClientsReply(String fixture) {
		assertThat(CaseReferences.tagged(MailFixtures.reply(fixture).subject())).hasValue(1042L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "RE: Impresora de recepción no imprime", "RE: Caso 1042, impresora",
			"[Ticket#11168] Ticket Templates", "Pedido #1042 retrasado", "[Caso] sin número" })
	void taggedIsEmptyWithoutATag(String subject) {
		assertThat(CaseReferences.tagged(subject)).isEmpty();
	}

	@Test
	void taggedIgnoresADifferentCaseTaggedInTheQuotedHistory() {
		ParsedMail mail = MailFixtures.reply("thunderbird-en-reply-all.eml");

		assertThat(mail.text()).contains("case #1040");
		assertThat(CaseReferences.tagged(mail.subject())).hasValue(1042L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Es como el caso 1234.", "Ver Caso nº 1234", "caso n.º 1234", "caso núm. 1234",
			"el caso número 1234", "see case #1234", "case no. 1234", "case number 1234", "[Caso #1234]", "caso #1234",
			"Caso#1234", "la incidencia 1234" })
	void mentionedFindsEveryWayOfWritingACaseNumber(String text) {
		assertThat(CaseReferences.mentioned(text)).containsExactly(1234L);
	}

	@Test
	void mentionedListsNumbersInOrderOfAppearanceOnce() {
		String text = "Pasa lo mismo que en el caso 1038 y en [Caso #1040]; de nuevo el caso 1038.";

		assertThat(CaseReferences.mentioned(text)).containsExactly(1038L, 1040L);
	}

	@Test
	void mentionedFindsShortNumbersOnlyInTags() {
		assertThat(CaseReferences.mentioned("[Caso #42] y caso 42")).containsExactly(42L);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "El pedido 123456 no ha llegado.", "Factura 2026/1042, importe 1.250,00 €", "Tel. 910 000 000",
					"En la pantalla aparece \"Error 49.4C02\".", "Order #123456 is late.", "Showcase 1234 is broken" })
	void mentionedIgnoresNumbersThatAreNoCase(String text) {
		assertThat(CaseReferences.mentioned(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "En este caso 300 usuarios no pueden entrar.", "En cualquier caso 200 euros es caro.",
			"In case 500 errors appear, we restart the server.", "In any case 100 users are affected." })
	void mentionedIgnoresCaseAsAFigureOfSpeech(String text) {
		assertThat(CaseReferences.mentioned(text)).isEmpty();
	}

	@Test
	void mentionedStillFindsAMarkedNumberAfterAFigureOfSpeech() {
		assertThat(CaseReferences.mentioned("En este caso nº 1040 pasó lo mismo.")).containsExactly(1040L);
	}

	@Test
	void caseNumbersInTheQuotedHistoryAreNotMentionedByTheCustomer() {
		ParsedMail mail = MailFixtures.reply("outlook-es-reply-all.eml");

		assertThat(CaseReferences.mentioned(mail.text())).contains(1040L, 1042L);
		assertThat(CaseReferences.mentioned(QuotedHistory.newText(mail.text()))).isEmpty();
	}

	@Test
	void anotherCaseMentionedInTheNewTextIsFound() {
		ParsedMail mail = MailFixtures.reply("thunderbird-en-reply-all.eml");

		assertThat(CaseReferences.mentioned(QuotedHistory.newText(mail.text()))).containsExactly(1038L);
	}

	@Test
	void bareSubjectDropsPrefixesAndTheTag() {
		assertThat(CaseReferences.bareSubject("RE: RV: [Caso #1042]  Impresora de  recepción no imprime"))
			.isEqualTo("Impresora de recepción no imprime");
		assertThat(CaseReferences.bareSubject("AW: WG: [caso #1042] Impresora")).isEqualTo("Impresora");
		assertThat(CaseReferences.bareSubject("TR: [ Caso # 1042 ] Impresora")).isEqualTo("Impresora");
		assertThat(CaseReferences.bareSubject("[Caso #1042] RE: Impresora")).isEqualTo("Impresora");
		assertThat(CaseReferences.bareSubject("Re[2]: Re : Impresora")).isEqualTo("Impresora");
		assertThat(CaseReferences.bareSubject("Antwort: Impresora")).isEqualTo("Impresora");
	}

	@Test
	void bareSubjectDropsAQuarterOfAMillionPrefixes() {
		String subject = "Re: ".repeat(250_000) + "AW:RV:  Impresora";

		assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CaseReferences.bareSubject(subject)))
			.isEqualTo("Impresora");
	}

	@Test
	void bareSubjectIsTheSameForEachMailClientsReply() {
		for (String fixture : REPLIES) {
			assertThat(CaseReferences.bareSubject(MailFixtures.reply(fixture).subject())).as(fixture)
				.isIn("Impresora de recepción no imprime", "Reception printer does not print");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Reinicio del servidor", "Reunión: fecha de la migración", "Impresora RE: nueva",
			"Trámite: alta de usuario" })
	void bareSubjectKeepsWordsThatOnlyLookLikePrefixes(String subject) {
		assertThat(CaseReferences.bareSubject(subject)).isEqualTo(subject);
	}

}
