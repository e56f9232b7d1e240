package eu.jdservices.caso.policy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import eu.jdservices.caso.intake.Severity;

import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer-facing texts of the policy exist in Spanish and English, and every key a
 * finding names is there.
 */
class PolicyMessagesTests {

	@Test
	void spanishAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(load("en").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("es").stringPropertyNames()));
	}

	@Test
	void everyMessageKeyAndItemQuestionOfTheFindingsExists() throws IOException {
		Set<String> keys = load("es").stringPropertyNames();
		GuidelinePolicy policy = GuidelinePolicy.of(settings());
		for (String fixture : new String[] { "shared-mailbox-soporte-es.eml", "on-behalf-sender-en.eml",
				"on-behalf-wording-es.eml", "contracting-es.eml", "multiple-matters-es.eml", "vague-subject-es.eml",
				"call-request-es.eml", "incident-short-en.eml", "sensitive-data-en.eml", "sensitive-data-es.eml" }) {
			policy.evaluate(submission(fixture).unknownSender(false).build())
				.findings()
				.stream()
				.filter((finding) -> finding.messageKey() != null)
				.forEach((finding) -> assertThat(keys).as(fixture).contains(finding.messageKey()));
		}
		Arrays.stream(IncidentItem.values()).forEach((item) -> assertThat(keys).contains(item.messageKey()));
		assertThat(keys).contains("policy.notice.rejected.intro", "policy.notice.rejected.outro",
				"policy.notice.warnings.intro");
	}

	@Test
	void textsFormatWithTheirArguments() throws IOException {
		for (String language : new String[] { "es", "en" }) {
			Properties texts = load(language);
			Locale locale = Locale.forLanguageTag(language);
			assertThat(new MessageFormat(texts.getProperty("policy.duplicate-open-case"), locale)
				.format(new Object[] { 1207L })).contains("#1207").doesNotContain("1.207", "1,207");
			assertThat(new MessageFormat(texts.getProperty("policy.not-authorized.user-change"), locale)
				.format(new Object[] { "Alan Grant" })).contains("Alan Grant");
			assertThat(texts.stringPropertyNames()).allSatisfy((key) -> assertThat(
					new MessageFormat(texts.getProperty(key), locale).format(new Object[] { 1207L, 2L }))
				.as(key)
				.isNotBlank()
				.doesNotContain("''"));
		}
		assertThat(submission("outage-es.eml").severity(Severity.C).build()).isNotNull();
	}

	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				PolicyMessagesTests.class.getResourceAsStream("/messages_" + language + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
