package eu.jdservices.caso.cases;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.QuotedHistory;
import eu.jdservices.caso.support.MailFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CustomerWords}: a mere thank-you (S3.1, no notice after close) and a customer
 * saying the problem is solved or has changed (S2.6, flagged for the agent), in Spanish
 * and English, on what the customer wrote now.
 */
class CustomerWordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "gracias", "Gracias", "¡Muchas gracias!", "Mil gracias.", "thanks", "Thanks!", "thank you",
			"Thank you very much!", "Thanks a lot, John", "OK, gracias", "Perfecto, gracias 🙂",
			"Muchas gracias por vuestra ayuda.\n\nUn saludo,\nMarta López", "Gracias\n\nEnviado desde mi iPhone" })
	void shortThankYouIsMereThanks(String text) {
		assertThat(CustomerWords.isMereThanks(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "gracias, pero sigue sin funcionar ¿pueden revisarlo?",
			"Gracias, ¿y el escáner qué hacemos", "Thanks, can you also check the scanner?", "Gracias, sigue igual.",
			"Thanks, still broken.", "Gracias. Adjunto la captura del error.",
			"Gracias por la ayuda. Ahora necesitamos dar de alta a un usuario nuevo en el portal y cambiar la impresora",
			"Saludos,\nMarta", "", "   ", "La impresora no imprime." })
	void questionOrSubstanceIsNotMereThanks(String text) {
		assertThat(CustomerWords.isMereThanks(text)).isFalse();
	}

	@Test
	void thankYouRepliesOfMailClientsAreMereThanksOnTheirNewText() {
		assertThat(CustomerWords.isMereThanks(newText("gmail-en-reply-all.eml"))).isTrue();
		assertThat(CustomerWords.isMereThanks(newText("apple-mail-es-reply.eml"))).isTrue();
	}

	@Test
	void repliesWithAQuestionOrSubstanceAreNotMereThanks() {
		assertThat(CustomerWords.isMereThanks(newText("gmail-es-reply-all.eml"))).isFalse();
		assertThat(CustomerWords.isMereThanks(newText("outlook-en-reply-all.eml"))).isFalse();
		assertThat(CustomerWords.isMereThanks(newText("outlook-es-reply-all.eml"))).isFalse();
		assertThat(CustomerWords.isMereThanks(newText("thunderbird-en-reply-all.eml"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ya funciona.", "Ya funciona, gracias", "Se ha solucionado, gracias.",
			"Buenos días, la impresora vuelve a funcionar.", "Ya está solucionado.", "Ahora funciona correctamente.",
			"Ya no es necesario, lo hemos resuelto nosotros.", "No, ya funciona.", "Ya funciona, ¿lo cerráis?",
			"El problema ha cambiado: ahora solo imprime la primera página.",
			"Ha cambiado el error: ahora aparece 50.1.", "It works now, thanks!", "It works!",
			"Everything works again.", "The issue has been fixed.", "It is working again since this morning.",
			"The problem has changed: it now prints only the first page.", "It works now, can you close the case?" })
	void customerSayingItIsSolvedOrChangedReportsResolved(String text) {
		assertThat(CustomerWords.reportsResolved(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "no funciona", "No funciona.", "Sigue sin funcionar.", "No funciona correctamente.",
			"Ya no funciona.", "Todavía no se ha solucionado.", "Aún no está resuelto.",
			"¿Se ha solucionado ya el problema en vuestro lado?", "No ha cambiado nada, sigue igual.",
			"El problema no ha cambiado.", "Funciona bien en el portátil, pero no en el servidor.",
			"El usuario ha cambiado la contraseña y ahora no puede entrar.", "It doesn't work.",
			"It is still not working now.", "Is it fixed on your side?", "Sometimes it works, sometimes it doesn't.",
			"The issue hasn't been fixed.", "Nothing has changed." })
	void customerSayingItIsNotSolvedOrAskingDoesNotReportResolved(String text) {
		assertThat(CustomerWords.reportsResolved(text)).isFalse();
	}

	@Test
	void repliesSayingSolvedOrChangedReportResolved() {
		assertThat(CustomerWords.reportsResolved(newText("outlook-es-mensaje-original.eml"))).isTrue();
		assertThat(CustomerWords.reportsResolved(newText("thunderbird-es-reply-all.eml"))).isTrue();
	}

	@Test
	void solvedInTheQuotedHistoryIsNotTheCustomersWord() {
		ParsedMail outlook = MailFixtures.reply("outlook-en-reply-all.eml");
		ParsedMail gmail = MailFixtures.reply("gmail-es-reply-all.eml");

		assertThat(CustomerWords.reportsResolved(outlook.text())).isTrue();
		assertThat(CustomerWords.reportsResolved(QuotedHistory.newText(outlook.text()))).isFalse();
		assertThat(CustomerWords.reportsResolved(QuotedHistory.newText(gmail.text()))).isFalse();
	}

	private static String newText(String fixture) {
		return QuotedHistory.newText(MailFixtures.reply(fixture).text());
	}

}
