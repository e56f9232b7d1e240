package eu.jdservices.caso.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpamVerdictsTests {

	static final List<String> ALL = List.of("X-Spam-Flag", "X-Spam-Status", "X-Spam", "X-Rspamd-Action");

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "x-spam-flag|YES|true", "x-spam-flag|NO|false", "x-spam-status|Yes, score=15.7 required=5.0|true",
					"x-spam-status|No, score=1.1 required=5.0|false", "x-spam|Yes|true", "x-spam|no|false",
					"x-rspamd-action|reject|true", "x-rspamd-action|add header|true",
					"x-rspamd-action|rewrite subject|true", "x-rspamd-action|no action|false",
					"x-rspamd-action|greylist|false" })
	void theReceivingServersVerdictIsRead(String header, String value, boolean spam) {
		assertThat(verdicts(ALL).of(mail(Map.of(header, List.of(value))))).as("%s: %s", header, value)
			.isEqualTo(spam ? java.util.Optional.of(verdictText(header, value)) : java.util.Optional.empty());
	}

	@Test
	void aVerdictAmongSeveralCopiesOfTheHeaderCounts() {
		assertThat(verdicts(ALL).of(mail(Map.of("x-spam-flag", List.of("YES", "NO"))))).isPresent();
	}

	@Test
	void aSubjectTheServerTaggedAsSpamIsSpam() {
		ParsedMail tagged = new ParsedMail("id@x", new ParsedMail.Address("lottery@example.com", ""), null, List.of(),
				List.of(), List.of(), "[SPAM] (19.9) Your Winning Notification!!!", null, List.of(), List.of(),
				Map.of(), "test spam", null, List.of());

		assertThat(verdicts(ALL).of(tagged)).contains("Subject: [SPAM] (19.9) Your Winning Notification!!!");
	}

	@Test
	void dspamsVerdictCountsWhenTrusted() {
		ParsedMail spam = mail(Map.of("x-dspam-result", List.of("Spam")));

		assertThat(verdicts(ALL).of(spam)).isEmpty();
		assertThat(verdicts(List.of("X-DSPAM-Result")).of(spam)).contains("X-DSPAM-Result: Spam");
	}

	@Test
	void headersThatAreNotTrustedAreIgnored() {
		ParsedMail spam = mail(Map.of("x-spam-flag", List.of("YES"), "x-rspamd-action", List.of("reject")));

		assertThat(verdicts(List.of()).of(spam)).isEmpty();
		assertThat(verdicts(List.of("X-Rspamd-Action")).of(spam)).contains("X-Rspamd-Action: reject");
	}

	private static String verdictText(String header, String value) {
		return switch (header) {
			case "x-spam-flag" -> "X-Spam-Flag: ";
			case "x-spam-status" -> "X-Spam-Status: ";
			case "x-spam" -> "X-Spam: ";
			default -> "X-Rspamd-Action: ";
		} + value;
	}

	private static SpamVerdicts verdicts(List<String> trusted) {
		return new SpamVerdicts(IntakeFixtures.properties(2, trusted));
	}

	private static ParsedMail mail(Map<String, List<String>> headers) {
		return new ParsedMail("id@x", new ParsedMail.Address("someone@example.com", ""), null, List.of(), List.of(),
				List.of(), "Subject", null, List.of(), List.of(), new LinkedHashMap<>(headers), "text", null,
				List.of());
	}

}
