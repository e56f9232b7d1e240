package eu.jdservices.caso.intake;

import java.time.Duration;

import eu.jdservices.caso.support.MailFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@link QuotedHistory}: what the customer wrote now, for replies written by Outlook,
 * Gmail, Apple Mail and Thunderbird ({@code src/test/resources/mail/replies}) and by the
 * German clients of the Zammad corpus.
 */
class QuotedHistoryTests {

	@Test
	void outlookSpanishReplyEndsAtTheQuotedHeaderBlock() {
		String newText = QuotedHistory.newText(MailFixtures.reply("outlook-es-reply-all.eml").text());

		assertThat(newText).isEqualTo("""
				Buenos días, Ana:

				Hemos reiniciado la impresora como nos indicasteis y sigue sin imprimir.
				En la pantalla aparece "Error 49.4C02".
				¿Podéis revisarlo hoy?

				Un saludo,

				Marta López
				Responsable de Administración
				Cliente Ejemplo S.L.
				Tel. 910 000 000""");
	}

	@Test
	void outlookSpanishUnderscoreSeparatorEndsTheNewText() {
		String newText = QuotedHistory.newText(MailFixtures.reply("outlook-es-underscores.eml").text());

		assertThat(newText).isEqualTo("""
				Añado en copia a Pedro, que es quien usa la impresora de recepción.
				Pedro, cuéntales tú qué ves en la pantalla.

				Marta""");
	}

	@Test
	void outlookSpanishMensajeOriginalSeparatorEndsTheNewText() {
		String newText = QuotedHistory.newText(MailFixtures.reply("outlook-es-mensaje-original.eml").text());

		assertThat(newText).isEqualTo("Ya funciona. Muchas gracias por la ayuda.\n\nMarta López");
	}

	@Test
	void outlookEnglishReplyEndsAtFromSentToSubject() {
		String newText = QuotedHistory.newText(MailFixtures.reply("outlook-en-reply-all.eml").text());

		assertThat(newText).startsWith("Hi Ana,")
			.endsWith("John Smith\nIT Coordinator | Example Customer Ltd.")
			.doesNotContain("From:", "it works now");
	}

	@Test
	void gmailSpanishAttributionWrappedOverTwoLinesAndSignatureAreCut() {
		String newText = QuotedHistory.newText(MailFixtures.reply("gmail-es-reply-all.eml").text());

		assertThat(newText)
			.isEqualTo("Hola Ana,\n\nGracias, pero sigue sin funcionar ¿pueden revisarlo?\n\nSaludos,\nMarta");
	}

	@Test
	void gmailSpanishAttributionWrappedOverTwoLinesIsCutWithoutSignatureToo() {
		String text = """
				Sigue sin imprimir.

				El mié, 25 nov 2026 a las 10:15, JD Services (<
				b@jd-services.eu>) escribió:

				> Hola, Marta:
				> ¿Podéis reiniciar la impresora?
				""";

		assertThat(QuotedHistory.newText(text)).isEqualTo("Sigue sin imprimir.");
	}

	@Test
	void gmailEnglishAttributionEndsTheNewText() {
		String newText = QuotedHistory.newText(MailFixtures.reply("gmail-en-reply-all.eml").text());

		assertThat(newText).isEqualTo("Thanks!");
	}

	@Test
	void gmailEnglishAttributionWrappedBeforeWroteIsCut() {
		String text = """
				Still broken, sorry.

				On Wed, Nov 25, 2026 at 10:15 AM JD Services <b@jd-services.eu>
				wrote:

				> Hello John,
				""";

		assertThat(QuotedHistory.newText(text)).isEqualTo("Still broken, sorry.");
	}

	@Test
	void appleMailQuotedAttributionEndsTheNewText() {
		String newText = QuotedHistory.newText(MailFixtures.reply("apple-mail-es-reply.eml").text());

		assertThat(newText).isEqualTo("Perfecto, muchas gracias.\n\nMarta");
	}

	@Test
	void appleMailUnquotedAttributionEndsTheNewText() {
		String text = """
				La impresora ya imprime.

				El 25 nov 2026, a las 10:15, JD Services <b@jd-services.eu> escribió:

				Hola, Marta:
				Hemos cambiado el tóner.
				""";

		assertThat(QuotedHistory.newText(text)).isEqualTo("La impresora ya imprime.");
	}

	@Test
	void thunderbirdSpanishSignatureAndAttributionAreCut() {
		String newText = QuotedHistory.newText(MailFixtures.reply("thunderbird-es-reply-all.eml").text());

		assertThat(newText).isEqualTo("""
				Hola Ana:

				El problema ha cambiado: ahora la impresora imprime, pero solo la primera
				página de cada documento.""");
	}

	@Test
	void thunderbirdEnglishAttributionEndsTheNewText() {
		String newText = QuotedHistory.newText(MailFixtures.reply("thunderbird-en-reply-all.eml").text());

		assertThat(newText).startsWith("Hello Ana,").endsWith("Regards,\nJohn").doesNotContain("#1040");
	}

	@Test
	void germanOutlookUrspruenglicheNachrichtFromCorpusEndsTheNewText() {
		String newText = QuotedHistory.newText(MailFixtures.corpus("mail012.box").text());

		assertThat(newText).startsWith("Hallo Herr Edenhofer,")
			.endsWith("Internet: www.example.com<http://www.example.com/>")
			.doesNotContain("Von:", "Sehr geehrte Frau Smith");
	}

	@Test
	void germanOutlookVonGesendetHeaderBlockFromCorpusEndsTheNewText() {
		String newText = QuotedHistory.newText(MailFixtures.corpus("mail003.box").text());

		assertThat(newText).startsWith("Hallo Fritz,")
			.contains("John Günther")
			.doesNotContain("Von: Fritz Bauer", "LDAP Muster Konfigdatei");
	}

	@Test
	void bottomPostedReplyKeepsTheTextWrittenBelowTheQuote() {
		// Thunderbird, German: "Am 07.05.2012 08:10, schrieb …:", the quote, then the
		// reply
		String newText = QuotedHistory.newText(MailFixtures.corpus("mail005.box").text());

		assertThat(newText).startsWith("Hallo Martin,")
			.endsWith("John & Marc")
			.doesNotContain("schrieb", "Ich freu mich", "> ");
	}

	@Test
	void germanAttributionWithTheNameAfterSchriebIsCut() {
		String text = """
				Danke, jetzt geht es wieder.

				Am 25.11.26 um 10:15 schrieb JD Services:
				> Hallo Herr Müller,
				""";

		assertThat(QuotedHistory.newText(text)).isEqualTo("Danke, jetzt geht es wieder.");
	}

	@Test
	void frenchOutlookHeaderBlockIsCut() {
		String text = """
				Merci, l'imprimante fonctionne.

				De : JD Services <b@jd-services.eu>
				Envoyé : mercredi 25 novembre 2026 10:15
				À : Claire Martin <claire.martin@client-exemple.fr>
				Objet : RE: [Caso #1042] Imprimante
				""";

		assertThat(QuotedHistory.newText(text)).isEqualTo("Merci, l'imprimante fonctionne.");
	}

	@Test
	void lineMerelyEndingInWroteMidParagraphIsNoAttribution() {
		String text = """
				Yesterday the vendor sent us a note about the licence, and
				on the second page he wrote:
				"the licence is valid until the end of the year".
				Can you check whether that is right?""";

		assertThat(QuotedHistory.newText(text)).isEqualTo(text);
	}

	@Test
	void sentenceMerelyEndingInEscribioIsNoAttribution() {
		String text = """
				Buenos días:

				El técnico que vino ayer nos escribió:
				"hay que cambiar el fusor".
				¿Lo cubre el contrato?""";

		assertThat(QuotedHistory.newText(text)).isEqualTo(text);
	}

	@Test
	void textStartingWithDeWithoutHeaderBlockIsKept() {
		String text = """
				De: Marta López, Administración

				Buenos días, la impresora de recepción no imprime desde ayer.
				¿Podéis revisarla?""";

		assertThat(QuotedHistory.newText(text)).isEqualTo(text);
	}

	@Test
	void detailsWithDeAndFechaLinesAreNoHeaderBlock() {
		String text = """
				Buenos días:

				Os paso los datos del pedido que no se facturó:
				De: almacén de Zaragoza
				Fecha: 24/11/2026, 09:40
				Importe: 1.250,00 €

				¿Podéis revisar por qué no aparece en la factura?""";

		assertThat(QuotedHistory.newText(text)).isEqualTo(text);
	}

	@Test
	void ownLineStartingWithElJustAboveTheAttributionIsKept() {
		String text = """
				El equipo sigue sin imprimir.
				El 25/11/26 a las 10:15, JD Services escribió:
				> Hola, Marta:
				> ¿Podéis reiniciar la impresora?
				""";

		assertThat(QuotedHistory.newText(text)).isEqualTo("El equipo sigue sin imprimir.");
	}

	@Test
	void answerWrittenBetweenQuotedLinesIsKeptWithoutTheQuotedLine() {
		String text = """
				Hola Ana:

				> ¿Podéis reiniciar la impresora?
				Ya la hemos reiniciado y sigue igual.
				Además, desde hoy el escáner tampoco envía los documentos.

				Marta""";

		assertThat(QuotedHistory.newText(text)).isEqualTo("""
				Hola Ana:

				Ya la hemos reiniciado y sigue igual.
				Además, desde hoy el escáner tampoco envía los documentos.

				Marta""");
	}

	@Test
	void signatureSeparatorEndsTheNewText() {
		String text = "Adjunto la captura.\r\n\r\n-- \r\nMarta López\r\nCliente Ejemplo S.L.\r\n";

		assertThat(QuotedHistory.newText(text)).isEqualTo("Adjunto la captura.");
	}

	@Test
	void textWithoutHistoryIsReturnedWhole() {
		String text = "  La impresora de recepción no imprime desde ayer.\r\n¿Podéis revisarla?\r\n";

		assertThat(QuotedHistory.newText(text))
			.isEqualTo("La impresora de recepción no imprime desde ayer.\n¿Podéis revisarla?");
	}

	@Test
	void forwardWithNothingWrittenAboveKeepsTheWholeText() {
		String text = """
				De: Pedro Ruiz <pedro.ruiz@cliente-ejemplo.es>
				Enviado el: miércoles, 25 de noviembre de 2026 9:02
				Para: Marta López <marta.lopez@cliente-ejemplo.es>
				Asunto: Impresora

				La impresora de recepción no imprime.""";

		assertThat(QuotedHistory.newText(text)).isEqualTo(text);
	}

	@Test
	void readsAHundredThousandLinesOfQuotesAndAnswersWithinSeconds() {
		StringBuilder text = new StringBuilder("Hola\n");
		for (int i = 0; i < 100_000; i++) {
			text.append((i % 2 == 0) ? "> quoted " : "answer ").append(i).append('\n');
		}

		String newText = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> QuotedHistory.newText(text.toString()));

		assertThat(newText).startsWith("Hola\nanswer 1\nanswer 3\n").endsWith("\nanswer 99999").doesNotContain(">");
	}

	@Test
	void readsFiftyThousandLinesThatStartLikeAnAttributionWithinSeconds() {
		StringBuilder text = new StringBuilder("Hola,\n");
		for (int i = 0; i < 50_000; i++) {
			text.append("On Monday 10:15 the server ")
				.append("x ".repeat(100))
				.append("wrote ")
				.append(i)
				.append(" logs\n");
		}

		String newText = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> QuotedHistory.newText(text.toString()));

		assertThat(newText).hasSize(text.length() - 1);
	}

}
