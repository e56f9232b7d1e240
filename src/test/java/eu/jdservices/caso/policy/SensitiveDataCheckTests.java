package eu.jdservices.caso.policy;

import java.util.List;

import eu.jdservices.caso.intake.Reason;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class SensitiveDataCheckTests {

	private final SensitiveDataCheck check = new SensitiveDataCheck(settings().sensitiveData());

	private final GuidelinePolicy policy = new GuidelinePolicy(List.of(this.check));

	@Test
	void redactsSpanishPasswordIbanDniAndCard() {
		Verdict verdict = this.policy.evaluate(submission("sensitive-data-es.eml").build());

		assertThat(verdict.redactions()).containsExactly("IBAN", "DNI", "CARD", "PASSWORD");
		assertThat(verdict.redactedText())
			.contains("Cuenta: [REDACTED:IBAN]\n", "administrador: [REDACTED:DNI]\n", "alta: [REDACTED:CARD]\n",
					"contraseña: [REDACTED:PASSWORD]\n")
			.doesNotContain("ES91", "12345678Z", "4111", "Obra2026");
		assertThat(verdict.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.code()).isEqualTo(Reason.SENSITIVE_DATA);
			assertThat(finding.rule()).isEqualTo("S1.11");
			assertThat(finding.action()).isEqualTo(Action.WARN);
			assertThat(finding.messageKey()).isEqualTo("policy.sensitive-data.password");
		});
	}

	@Test
	void redactsEnglishPasswordAndNieAndFlagsConfidentialMarker() {
		Verdict verdict = this.policy.evaluate(submission("sensitive-data-en.eml").build());

		assertThat(verdict.redactions()).containsExactly("NIE", "PASSWORD");
		assertThat(verdict.redactedText()).contains("NIE [REDACTED:NIE]", "password is [REDACTED:PASSWORD] if")
			.contains("This is confidential");
		assertThat(verdict.findings()).extracting(Finding::messageKey)
			.containsExactly("policy.sensitive-data.password", "policy.sensitive-data.confidential");
	}

	@Test
	void leavesWordsAfterPasswordAndNumbersThatFailTheirChecksum() {
		Submission submission = submission("no-secrets-es.eml").build();
		Verdict verdict = this.policy.evaluate(submission);

		assertThat(verdict.redactions()).isEmpty();
		assertThat(verdict.redactedText()).isEqualTo(submission.mail().text());
		assertThat(verdict.findings()).as("a legal disclaimer is no confidential marker").isEmpty();
	}

	@Test
	void cardsNeedAValidLuhnDigit() {
		assertThat(this.check.secrets("tarjeta 4111 1111 1111 1112")).isEmpty();
		assertThat(this.check.secrets("card 5500-0000-0000-0004 exp 12/28")).extracting(Effect.Redact::code)
			.containsExactly("CARD");
	}

	@Test
	void ibansNeedAValidChecksum() {
		assertThat(this.check.secrets("IBAN ES91 2100 0418 4502 0005 1333")).isEmpty();
		assertThat(this.check.secrets("IBAN GB82WEST12345698765432 GRACIAS")).singleElement()
			.satisfies((redact) -> assertThat(redact.end() - redact.start()).isEqualTo(22));
	}

	@Test
	void aPasswordAfterIsMustNotReadAsAWord() {
		assertThat(SensitiveDataCheck.looksLikePassword("incorrecta", false)).isFalse();
		assertThat(SensitiveDataCheck.looksLikePassword("Verano2026", false)).isTrue();
		assertThat(SensitiveDataCheck.looksLikePassword("verano", true)).isTrue();
		assertThat(SensitiveDataCheck.looksLikePassword("********", true)).isFalse();
	}

	@Test
	void outlookSensitivityHeaderIsAConfidentialMarker() {
		assertThat(this.check.check(submission("confidential-header-es.eml").build())).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("Sensitivity: company-confidential"));
		assertThat(this.check.check(submission("outage-es.eml").build())).isEmpty();
	}

}
