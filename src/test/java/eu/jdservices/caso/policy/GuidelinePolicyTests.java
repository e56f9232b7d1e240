package eu.jdservices.caso.policy;

import java.time.Duration;
import java.util.List;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.support.MailFixtures;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class GuidelinePolicyTests {

	private final GuidelinePolicy policy = GuidelinePolicy.of(settings());

	@Test
	void runsTheChecksInTheOrderOfTheGuidelines() {
		assertThat(this.policy.checks()).extracting(GuidelineCheck::rule)
			.containsExactly("S1.3", "S1.3", "S1.3", "S1.4", "S1.6", "S1.7", "S1.8", "S1.9", "S1.10", "S1.11", "S2.4",
					"S4.1");
		assertThat(this.policy.checks()).extracting(GuidelineCheck::code)
			.containsExactly(Reason.SHARED_MAILBOX, Reason.ON_BEHALF, Reason.NOT_AUTHORIZED, Reason.UNKNOWN_SENDER,
					Reason.MULTIPLE_MATTERS, Reason.VAGUE_SUBJECT, Reason.CALL_REQUEST_ONLY,
					Reason.MISSING_INCIDENT_DETAILS, Reason.ATTACHMENT_TOO_LARGE, Reason.SENSITIVE_DATA,
					Reason.DUPLICATE_OPEN_CASE, Reason.SEVERITY_MISMATCH);
	}

	@Test
	void findingsComeInTheOrderOfTheChecks() {
		Verdict verdict = this.policy
			.evaluate(submission("vague-subject-caps-en.eml").severity(Severity.B).unknownSender(false).build());

		assertThat(verdict.codes()).containsExactly(Reason.UNKNOWN_SENDER, Reason.VAGUE_SUBJECT,
				Reason.MISSING_INCIDENT_DETAILS);
	}

	@Test
	void checksRunAheadOfTheOpenCasesGiveTheSameVerdictOnceTheOpenCasesAreThere() {
		Submission withOpenCases = submission("duplicate-es.eml")
			.openCase(1310, "Alta de usuario para la obra de Cuarte", "Necesitamos una cuenta nueva para el encargado.")
			.openCase(1207, "No se sincronizan las carpetas de OneDrive en el portátil de obra",
					PolicyFixtures.mail("shared-mailbox-soporte-es.eml").text())
			.build();
		Submission withoutOpenCases = withOpenCases.withOpenCases(List.of());

		Verdict verdict = this.policy.ahead(withoutOpenCases).complete(withOpenCases);

		assertThat(verdict).isEqualTo(this.policy.evaluate(withOpenCases));
		assertThat(verdict.duplicateOf()).contains(1207L);
		assertThat(this.policy.checks()).filteredOn(GuidelineCheck::readsOpenCases)
			.extracting(GuidelineCheck::code)
			.containsExactlyInAnyOrder(Reason.VAGUE_SUBJECT, Reason.DUPLICATE_OPEN_CASE);
	}

	@Test
	void aRejectingFindingRejectsTheMail() {
		Verdict verdict = this.policy.evaluate(submission("shared-mailbox-soporte-es.eml").build());

		assertThat(verdict.rejected()).isTrue();
		assertThat(verdict.rejections()).extracting(Finding::code).containsExactly(Reason.SHARED_MAILBOX);
		assertThat(verdict.warnings()).extracting(Finding::code).containsExactly(Reason.MISSING_INCIDENT_DETAILS);
	}

	@Test
	void warningsAndHintsDoNotReject() {
		Verdict verdict = this.policy.evaluate(submission("outage-es.eml").build());

		assertThat(verdict.rejected()).isFalse();
		assertThat(verdict.infos()).extracting(Finding::code).containsExactly(Reason.SEVERITY_MISMATCH);
	}

	@Test
	void checksThatAreOffAreSkippedWithTheirEffects() {
		GuidelinePolicy withoutSubjects = GuidelinePolicy
			.of(settings("vague-subject.action=off", "sensitive-data.action=off", "shared-mailbox.action=off"));

		Verdict caps = withoutSubjects.evaluate(submission("vague-subject-caps-en.eml").build());
		Verdict secrets = withoutSubjects.evaluate(submission("sensitive-data-es.eml").build());
		Verdict shared = withoutSubjects.evaluate(submission("shared-mailbox-soporte-es.eml").build());

		assertThat(caps.has(Reason.VAGUE_SUBJECT)).isFalse();
		assertThat(caps.normalizedSubject()).isEqualTo("URGENT - PLEASE HELP!!");
		assertThat(secrets.redactions()).isEmpty();
		assertThat(secrets.redactedText()).contains("Obra2026!");
		assertThat(shared.rejected()).isFalse();
	}

	@Test
	void appliesTheEffectsOfTheChecks() {
		Submission submission = submission("sensitive-data-es.eml").build();
		Verdict verdict = GuidelinePolicy.of(settings("attachment-too-large.max-size=4KB"))
			.evaluate(submission("attachment-large-en.eml")
				.openCase(77, "Scanner saves blank PDFs in the Leeds depot",
						"The depot scanner saves blank PDFs since this morning, see the video.")
				.build());
		Verdict caps = this.policy.evaluate(submission("caps-subject-es.eml").build());
		Verdict redacted = this.policy.evaluate(submission);

		assertThat(verdict.droppedAttachments()).containsExactly("scanner-video.mp4");
		assertThat(verdict.duplicateOf()).contains(77L);
		assertThat(verdict.alternativeContacts()).containsExactly("+44 113 496 0000");
		assertThat(caps.normalizedSubject()).isEqualTo("No funciona la VPN de SAP en la oficina de zaragoza");
		assertThat(redacted.redactions()).containsExactly("IBAN", "DNI", "CARD", "PASSWORD");
		assertThat(redacted.redactedText()).doesNotContain("Obra2026!");
		assertThat(verdict.normalizedSubject()).isEqualTo("Scanner saves blank PDFs in the Leeds depot");
		assertThat(caps.duplicateOf()).isEmpty();
	}

	@Test
	void aCompleteIncidentByAKnownSenderHasNoFindings() {
		Verdict verdict = this.policy.evaluate(submission("incident-complete-es.eml").severity(Severity.B).build());

		assertThat(verdict.findings()).isEmpty();
		assertThat(verdict.redactedText()).isEqualTo(submission("incident-complete-es.eml").build().mail().text());
	}

	@Test
	void findingsOfOffActionAreDroppedEvenFromCustomChecks() {
		GuidelineCheck silent = new GuidelineCheck() {

			@Override
			public String rule() {
				return "S9.9";
			}

			@Override
			public Reason code() {
				return Reason.VAGUE_SUBJECT;
			}

			@Override
			public Action action() {
				return Action.WARN;
			}

			@Override
			public List<Finding> check(Submission submission) {
				return List.of(new Finding(Reason.VAGUE_SUBJECT, "S9.9", Action.OFF, "off", null, List.of()),
						new Finding(Reason.VAGUE_SUBJECT, "S9.9", Action.WARN, "on", null, List.of()));
			}

		};

		assertThat(new GuidelinePolicy(List.of(silent)).evaluate(submission("outage-es.eml").build()).findings())
			.extracting(Finding::detail)
			.containsExactly("on");
	}

	@Test
	void readsTheBeginningOfAMailOfMegabytesWithinSecondsAndRedactsItsWholeText() {
		// as long as a mail's text can be (ParsedMail.MAX_TEXT), far beyond what the
		// checks read
		String text = "Desde ayer no funciona el correo en Outlook para todos los usuarios.\n"
				+ "=?".repeat((ParsedMail.MAX_TEXT - 100) / 2) + "\ncontraseña: Secreta123";
		ParsedMail mail = MailFixtures.mail("pedro@cliente.es", "El correo no funciona " + "x".repeat(500_000), text,
				java.util.Map.of());

		Verdict verdict = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> this.policy.evaluate(new PolicyFixtures.SubmissionBuilder(mail).severity(Severity.B).build()));

		assertThat(verdict.codes()).contains(Reason.MISSING_INCIDENT_DETAILS, Reason.SENSITIVE_DATA);
		assertThat(verdict.redactedText()).endsWith("contraseña: [REDACTED:PASSWORD]").hasSize(text.length() + 9);
	}

	@Test
	void redactsNineThousandCardNumbersWithinSeconds() {
		String text = "Pagos de hoy:\n" + "4111 1111 1111 1111 pagado; ".repeat(9_000);
		ParsedMail mail = MailFixtures.mail("pedro@cliente.es", "Pagos con tarjeta", text, java.util.Map.of());

		Verdict verdict = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> this.policy.evaluate(new PolicyFixtures.SubmissionBuilder(mail).build()));

		assertThat(verdict.redactions()).hasSize(9_000).containsOnly("CARD");
		assertThat(verdict.redactedText()).startsWith("Pagos de hoy:\n[REDACTED:CARD] pagado; [REDACTED:CARD] pagado;")
			.doesNotContain("4111");
	}

}
