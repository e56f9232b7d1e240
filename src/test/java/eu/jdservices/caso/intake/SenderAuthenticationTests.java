package eu.jdservices.caso.intake;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.jdservices.caso.support.MigratedH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which Authentication-Results header is trusted (RFC 8601) and what its results say
 * about the From domain.
 */
class SenderAuthenticationTests {

	static final String MX = "mx.jd-services.eu";

	final MigratedH2 database = MigratedH2.create();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { //
			"dmarc=pass header.from=talleresebro.es|PASS", //
			"dmarc=fail (p=reject) header.from=talleresebro.es|FAIL", //
			"spf=pass smtp.mailfrom=bounces@talleresebro.es|PASS", //
			"spf=pass smtp.mailfrom=bounces@esp.example; dkim=pass header.d=talleresebro.es|PASS", //
			"spf=pass smtp.mailfrom=bounces@esp.example|NONE", //
			"spf=fail smtp.mailfrom=talleresebro.es; dkim=none|FAIL", //
			"spf=fail smtp.mailfrom=talleresebro.es; dkim=fail header.d=talleresebro.es|FAIL", //
			"spf=fail smtp.mailfrom=talleresebro.es; dkim=pass header.d=mail.talleresebro.es|PASS", //
			"spf=softfail smtp.mailfrom=talleresebro.es; dkim=none|NONE", //
			"dmarc=none header.from=talleresebro.es; spf=fail smtp.mailfrom=talleresebro.es|FAIL", //
			"dmarc=temperror header.from=talleresebro.es|NONE", //
			"dmarc=fail header.from=other.example; spf=pass smtp.mailfrom=talleresebro.es|PASS", //
			"none|NONE" })
	void theTrustedResultsAreReadForTheFromDomain(String results, SenderVerdict.Status expected) {
		ParsedMail mail = mail("mario.pueyo@talleresebro.es", "Authentication-Results: " + MX + "; " + results);

		assertThat(authentication(MX).verdict(stored(), mail).status()).isEqualTo(expected);
	}

	@Test
	void onlyTheTopmostHeaderOfTheTrustedServerCounts() {
		ParsedMail mail = mail("mario.pueyo@talleresebro.es",
				"Authentication-Results: evil.example; dmarc=pass header.from=talleresebro.es",
				"Authentication-Results: MX.jd-services.eu (Postfix); dmarc=fail header.from=talleresebro.es",
				"Authentication-Results: " + MX + "; dmarc=pass header.from=talleresebro.es");

		SenderVerdict verdict = authentication(MX).verdict(stored(), mail);

		assertThat(verdict.status()).isEqualTo(SenderVerdict.Status.FAIL);
		assertThat(verdict.source()).isEqualTo(SenderVerdict.Source.TRUSTED_HEADER);
		assertThat(verdict.detail()).isEqualTo("mx.jd-services.eu: dmarc=fail header.from=talleresebro.es");
	}

	@Test
	void headersOfOtherServersAndAnUnsetAuthservIdAreNeverTrusted() {
		ParsedMail mail = mail("mario.pueyo@talleresebro.es",
				"Authentication-Results: evil.example; dmarc=pass header.from=talleresebro.es");

		assertThat(authentication(MX).verdict(stored(), mail))
			.isEqualTo(new SenderVerdict(SenderVerdict.Status.NONE, SenderVerdict.Source.NONE, ""));
		assertThat(authentication(null).verdict(stored(),
				mail("m@talleresebro.es", "Authentication-Results: " + MX + "; dmarc=fail")))
			.isEqualTo(new SenderVerdict(SenderVerdict.Status.NONE, SenderVerdict.Source.NONE, ""));
	}

	@Test
	void commentsQuotesAndVersionsAreUnderstood() {
		AuthenticationResults header = AuthenticationResults
			.parse("mx.jd-services.eu 1; (checked at the edge)\r\n\tspf=pass (sender IP is 192.0.2.1)"
					+ " smtp.mailfrom=\"bounces@talleresebro.es\"; dkim/1=pass reason=\"good; signature\""
					+ " header.d=talleresebro.es header.s=sel; dmarc = pass header.from=talleresebro.es")
			.orElseThrow();

		assertThat(header.authservId()).isEqualTo("mx.jd-services.eu");
		assertThat(header.results()).extracting(AuthenticationResults.Result::method)
			.containsExactly("spf", "dkim", "dmarc");
		assertThat(header.of("spf").get(0).property("smtp.mailfrom")).isEqualTo("bounces@talleresebro.es");
		assertThat(header.of("dkim").get(0).property("header.d")).isEqualTo("talleresebro.es");
		assertThat(header.of("dmarc").get(0).result()).isEqualTo("pass");
	}

	@Test
	void aFailingVerdictIsRecordedAndHoldsTheMailUnlessFailuresAreOnlyMarked() {
		IntakeStore store = store();
		long id = store.insert(new IntakeStore.Envelope("m@talleresebro.es", List.of("a@x.es"), "/192.0.2.1:4000",
				"mail.talleresebro.es"), "raw".getBytes(StandardCharsets.US_ASCII), "forged@x", true);
		InboundMail stored = new InboundMail(id, "forged@x", OffsetDateTime.now(), "m@talleresebro.es",
				List.of("a@x.es"), new byte[0], null, List.of(), null, null);
		ParsedMail forged = mail("mario.pueyo@talleresebro.es",
				"Authentication-Results: " + MX + "; dmarc=fail header.from=talleresebro.es");

		assertThat(new SenderAuthentication(properties(MX, IntakeProperties.Authentication.OnFailure.QUARANTINE), store,
				null)
			.refusal(stored, forged)).hasValueSatisfying((why) -> assertThat(why).contains("dmarc=fail"));
		assertThat(store.senderVerdict(id))
			.hasValueSatisfying((verdict) -> assertThat(verdict.status()).isEqualTo(SenderVerdict.Status.FAIL));
		assertThat(store.senderVerdicts(List.of("<forged@x>"))).containsKey("<forged@x>");
		assertThat(new SenderAuthentication(properties(MX, IntakeProperties.Authentication.OnFailure.MARK), store, null)
			.refusal(stored, forged)).isEmpty();
	}

	@Test
	void ourOwnHeadersAreDroppedFromTheParsedMail() {
		ParsedMail mail = mail("m@talleresebro.es", "X-Caso-Verification: K7QF-2M9X-C4TR-8WPA",
				"X-CASO-Released-By: admin@jd-services.eu", "Subject-Extra: kept");

		assertThat(InboundMails.withoutOwnHeaders(mail).headers()).containsOnlyKeys("subject-extra");
	}

	SenderAuthentication authentication(String authservId) {
		return new SenderAuthentication(properties(authservId, IntakeProperties.Authentication.OnFailure.QUARANTINE),
				store(), null);
	}

	IntakeStore store() {
		return new IntakeStore(this.database.jdbc(), java.time.Clock.systemUTC(),
				new IntakeMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
						new TriageBacklog(IntakeFixtures.properties(2, List.of())),
						IntakeFixtures.properties(2, List.of())));
	}

	static IntakeProperties properties(String authservId, IntakeProperties.Authentication.OnFailure onFailure) {
		IntakeProperties base = IntakeFixtures.properties(2, List.of());
		return new IntakeProperties(base.addresses(), base.smtp(), base.spam(), base.recovery(),
				new IntakeProperties.Authentication(authservId, onFailure,
						new IntakeProperties.Local(false, java.time.Duration.ofSeconds(1))));
	}

	static InboundMail stored() {
		return new InboundMail(1, "id@x", OffsetDateTime.now(), "bounces@talleresebro.es", List.of("a@x.es"),
				new byte[0], null, List.of(), null, null);
	}

	static ParsedMail mail(String from, String... headerLines) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String line : headerLines) {
			String[] field = line.split(": ", 2);
			headers.computeIfAbsent(field[0].toLowerCase(java.util.Locale.ROOT), (name) -> new java.util.ArrayList<>())
				.add(field[1]);
		}
		return new ParsedMail("id@x", new ParsedMail.Address(from, ""), null, List.of(), List.of(), List.of(),
				"Subject", null, List.of(), List.of(), headers, "text", null, List.of());
	}

}
