package eu.jdservices.caso.policy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class MailTextTests {

	@Test
	void leavesOutGmailQuotedHistory() {
		String text = "Sigue fallando.\n\nEl mar, 10 mar 2026 a las 9:15, Ana <ana@x.es> escribió:\n> otra cosa\n";

		assertThat(MailText.unquoted(text)).isEqualTo("Sigue fallando.");
	}

	@Test
	void leavesOutAnAttributionWrappedOverTwoLines() {
		String text = "Still failing.\n\nOn Tue, 10 Mar 2026 at 09:15, Ana Garcia <ana.garcia@example.com>\nwrote:\n\nanother thing";

		assertThat(MailText.unquoted(text)).isEqualTo("Still failing.");
	}

	@Test
	void leavesOutOutlookOriginalMessageHeaders() {
		String text = "Adjunto la captura.\n\n________________________________\nDe: Soporte <c@jd-services.eu>\n"
				+ "Enviado: martes, 10 de marzo de 2026 9:15\nPara: Ana\nAsunto: Otra cosa";

		assertThat(MailText.unquoted(text)).isEqualTo("Adjunto la captura.");
		assertThat(MailText.unquoted("See below.\nFrom: Ana <a@x.com>\nSent: Tuesday\nTo: us\nSubject: Printer"))
			.isEqualTo("See below.");
	}

	@Test
	void keepsInlineAnswersBetweenQuotedLines() {
		assertThat(MailText.unquoted("> ¿Desde cuándo?\nDesde ayer.\n> ¿Quién?\nTodos."))
			.isEqualTo("Desde ayer.\nTodos.");
	}

	@Test
	void bodyLeavesOutTheSignature() {
		String text = "No arranca el portátil.\n-- \nJorge Sanz\nTel. 976 123 456";

		assertThat(MailText.body(text)).isEqualTo("No arranca el portátil.");
		assertThat(MailText.unquoted(text)).contains("976 123 456");
		assertThat(MailText.body("Falla.\n\nEnviado desde mi iPhone")).isEqualTo("Falla.");
	}

	@Test
	void foldsCaseAndAccents() {
		assertThat(MailText.fold("Llámenme MAÑANA, Caído")).isEqualTo("llamenme manana, caido");
	}

	@Test
	void subjectLosesReplyAndForwardPrefixes() {
		assertThat(MailText.subjectWithoutPrefixes("RE: RV: Fwd: AW: VPN caída")).isEqualTo("VPN caída");
	}

	@Test
	void subjectLosesAQuarterOfAMillionPrefixesInOnePass() {
		String subject = "RE: ".repeat(250_000) + "Fwd:AW:  VPN caída";

		assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> MailText.subjectWithoutPrefixes(subject)))
			.isEqualTo("VPN caída");
	}

	@Test
	void phrasesMatchWholeWordsWithWildcards() {
		Phrases phrases = Phrases.of(java.util.List.of("cancelar * contrato", "contrat*"));

		assertThat(phrases.find("Queremos CANCELAR nuestro antiguo contrato"))
			.hasValue("cancelar nuestro antiguo contrato");
		assertThat(phrases.find("La contratación")).hasValue("contratacion");
		assertThat(phrases.in("subcontrata")).isFalse();
	}

}
