package eu.jdservices.caso.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.james.jdkim.DKIMSigner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caso's own SPF, DKIM and DMARC check (for when it is the MX), against an in-process
 * DNS: no test ever asks the network.
 */
class LocalAuthenticationTests {

	static final String DOMAIN = "talleresebro.es";

	static final String GOOD_IP = "192.0.2.10";

	static final String STRANGER_IP = "203.0.113.66";

	static final KeyPair KEY = rsa();

	final FakeDns dns = new FakeDns();

	final LocalAuthentication local;

	LocalAuthenticationTests() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("dns", this.dns));
		this.local = new LocalAuthentication(beans.getBeanProvider(DnsResolver.class), properties());
		this.dns.txt(DOMAIN, "v=spf1 ip4:" + GOOD_IP + " -all");
		this.dns.txt("sel._domainkey." + DOMAIN,
				"v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(KEY.getPublic().getEncoded()));
		this.dns.txt("_dmarc." + DOMAIN, "v=DMARC1; p=reject; rua=mailto:dmarc@" + DOMAIN);
	}

	@Test
	void mailFromTheDomainsOwnServerWithItsSignaturePasses() throws Exception {
		SenderVerdict verdict = check(GOOD_IP, signed(mail("Todo bien.")));

		assertThat(verdict.status()).isEqualTo(SenderVerdict.Status.PASS);
		assertThat(verdict.source()).isEqualTo(SenderVerdict.Source.LOCAL_CHECK);
		assertThat(verdict.detail()).contains("dmarc=pass", "spf=pass", "dkim=pass header.d=" + DOMAIN);
	}

	@Test
	void aSignedMailPassesEvenFromAnotherServer() throws Exception {
		assertThat(check(STRANGER_IP, signed(mail("Reenviado por una lista."))).status())
			.isEqualTo(SenderVerdict.Status.PASS);
	}

	@Test
	void aForgedMailFromAStrangersServerWithoutSignatureFailsDmarc() throws Exception {
		SenderVerdict verdict = check(STRANGER_IP, mail("Cambien el IBAN."));

		assertThat(verdict.status()).isEqualTo(SenderVerdict.Status.FAIL);
		assertThat(verdict.detail()).contains("dmarc=fail", "spf=fail", "dkim=none");
	}

	@Test
	void aSignatureBrokenByATamperedBodyFails() throws Exception {
		byte[] tampered = new String(signed(mail("Importe: 100 EUR")), StandardCharsets.US_ASCII)
			.replace("100 EUR", "900 EUR")
			.getBytes(StandardCharsets.US_ASCII);

		SenderVerdict verdict = check(STRANGER_IP, tampered);

		assertThat(verdict.status()).isEqualTo(SenderVerdict.Status.FAIL);
		assertThat(verdict.detail()).contains("dkim=fail");
	}

	@Test
	void withoutDmarcASpfFailAloneFailsButNoPolicyAtAllIsNoVerdict() throws Exception {
		this.dns.records.remove("_dmarc." + DOMAIN);
		assertThat(check(STRANGER_IP, mail("Sin DMARC.")).status()).isEqualTo(SenderVerdict.Status.FAIL);

		this.dns.records.remove(DOMAIN);
		assertThat(check(STRANGER_IP, mail("Sin nada.")).status()).isEqualTo(SenderVerdict.Status.NONE);
	}

	@Test
	void aDnsThatDoesNotAnswerDecidesNothing() throws Exception {
		this.dns.down = true;

		assertThat(check(STRANGER_IP, mail("DNS caído.")).status()).isEqualTo(SenderVerdict.Status.NONE);
	}

	@Test
	void withoutATrustedHeaderTheOwnCheckUsesTheStoredSmtpSessionAndHoldsAForgery() throws Exception {
		eu.jdservices.caso.support.MigratedH2 database = eu.jdservices.caso.support.MigratedH2.create();
		IntakeProperties properties = properties();
		IntakeStore store = new IntakeStore(database.jdbc(), java.time.Clock.systemUTC(),
				new IntakeMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
						new TriageBacklog(properties), properties));
		byte[] raw = mail("Cambien el IBAN.");
		long id = store.insert(new IntakeStore.Envelope("bounces@" + DOMAIN, List.of("a@x.es"),
				"/" + STRANGER_IP + ":40000", "mail." + DOMAIN), raw, "forged@x", true);
		InboundMail stored = new InboundMail(id, "forged@x", OffsetDateTime.now(), "bounces@" + DOMAIN,
				List.of("a@x.es"), raw, null, List.of(), null, null);

		java.util.Optional<String> refusal = new SenderAuthentication(properties, store, this.local).refusal(stored,
				new eu.jdservices.caso.intake.parsing.Mime4jMailParser().parse(raw));

		assertThat(refusal).hasValueSatisfying((why) -> assertThat(why).contains("caso: dmarc=fail"));
		assertThat(store.senderVerdict(id))
			.hasValueSatisfying((verdict) -> assertThat(verdict.source()).isEqualTo(SenderVerdict.Source.LOCAL_CHECK));
	}

	@Test
	void theClientAddressIsReadAsTheListenerStoresIt() {
		assertThat(LocalAuthentication.clientAddress("/192.0.2.1:40000")).isEqualTo("192.0.2.1");
		assertThat(LocalAuthentication.clientAddress("/0:0:0:0:0:0:0:1:40000")).isEqualTo("0:0:0:0:0:0:0:1");
		assertThat(LocalAuthentication.clientAddress(null)).isNull();
	}

	SenderVerdict check(String ip, byte[] raw) throws Exception {
		InboundMail stored = new InboundMail(1, "id@x", OffsetDateTime.now(), "bounces@" + DOMAIN, List.of("a@x.es"),
				raw, null, List.of(), null, null);
		ParsedMail parsed = new eu.jdservices.caso.intake.parsing.Mime4jMailParser().parse(raw);
		return this.local.check(stored,
				new IntakeStore.Envelope("bounces@" + DOMAIN, List.of("a@x.es"), "/" + ip + ":40000", "mail." + DOMAIN),
				parsed);
	}

	static byte[] mail(String body) {
		return ("From: Mario Pueyo <mario.pueyo@" + DOMAIN + ">\r\n" + "To: a@jd-services.eu\r\n"
				+ "Subject: Prueba\r\n" + "Date: Wed, 25 Nov 2026 10:15:00 +0100\r\n" + "Message-ID: <"
				+ java.util.UUID.randomUUID() + "@" + DOMAIN + ">\r\n" + "MIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] signed(byte[] mail) throws Exception {
		String header = new DKIMSigner("v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + DOMAIN
				+ "; s=sel; h=from:to:subject:date:message-id; bh=; b=;", KEY.getPrivate())
			.sign(new ByteArrayInputStream(mail));
		byte[] field = (header + "\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] signed = new byte[field.length + mail.length];
		System.arraycopy(field, 0, signed, 0, field.length);
		System.arraycopy(mail, 0, signed, field.length, mail.length);
		return signed;
	}

	static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static IntakeProperties properties() {
		IntakeProperties base = IntakeFixtures.properties(2, List.of());
		return new IntakeProperties(base.addresses(), base.smtp(), base.spam(), base.recovery(),
				new IntakeProperties.Authentication(null, IntakeProperties.Authentication.OnFailure.QUARANTINE,
						new IntakeProperties.Local(true, Duration.ofSeconds(1))));
	}

	/** TXT records by name; every other look-up finds nothing. */
	static final class FakeDns implements DnsResolver {

		final Map<String, List<String>> records = new HashMap<>();

		volatile boolean down;

		void txt(String name, String record) {
			this.records.put(name, List.of(record));
		}

		@Override
		public List<String> lookup(String name, Type type) {
			if (this.down) {
				throw new TemporaryFailure("timeout: " + name);
			}
			return (type == Type.TXT) ? this.records.getOrDefault(name.replaceAll("\\.$", ""), List.of()) : List.of();
		}

	}

}
