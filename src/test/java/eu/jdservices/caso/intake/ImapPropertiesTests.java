package eu.jdservices.caso.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mailbox is refused at start when Caso could not sign in to it, and never writes its
 * secrets out.
 */
class ImapPropertiesTests {

	static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void aPasswordMailboxNeedsAPasswordOrAPasswordFile() {
		assertThat(problems(mailbox(ImapProperties.Auth.PASSWORD, "secret", null, null, null, null))).isEmpty();
		assertThat(
				problems(mailbox(ImapProperties.Auth.PASSWORD, null, Path.of("/run/secrets/imap"), null, null, null)))
			.isEmpty();
		assertThat(problems(mailbox(ImapProperties.Auth.PASSWORD, null, null, null, null, null)))
			.containsExactly("needs password or password-file (auth=PASSWORD), or token-uri, client-id and "
					+ "client-secret or client-secret-file, or a service-account-key-file (auth=XOAUTH2)");
	}

	@Test
	void anXoauth2MailboxNeedsATokenEndpointAClientIdAndASecretOrItsFile() {
		String uri = "https://login.microsoftonline.com/tenant/oauth2/v2.0/token";
		assertThat(problems(mailbox(ImapProperties.Auth.XOAUTH2, null, null, uri, "client", "secret"))).isEmpty();
		assertThat(problems(mailbox(ImapProperties.Auth.XOAUTH2, null, null, uri, "client", null))).hasSize(1);
		assertThat(problems(mailbox(ImapProperties.Auth.XOAUTH2, "a-password", null, null, "client", "secret")))
			.hasSize(1);
	}

	@Test
	void itsTextNamesItWithoutItsSecrets() {
		ImapProperties.Mailbox mailbox = mailbox(ImapProperties.Auth.XOAUTH2, "the-password", null,
				"https://login.example/token", "client", "the-client-secret");

		assertThat(mailbox.toString()).contains("soporte@example.net@imap.example.net:993/INBOX")
			.doesNotContain("the-password", "the-client-secret");
	}

	@Test
	void sslTrustNamesTheHostsWhoseCertificateIsTakenAsItIs() {
		assertThat(withSslTrust("imap.example.net").trustsCertificateAsIs()).isTrue();
		assertThat(withSslTrust(" mail.other.net  imap.example.net ").trustsCertificateAsIs()).isTrue();
		assertThat(withSslTrust("imap.example").trustsCertificateAsIs()).isFalse();
		assertThat(withSslTrust(null).trustsCertificateAsIs()).isFalse();
	}

	private static Set<String> problems(ImapProperties.Mailbox mailbox) {
		return validator.validate(mailbox)
			.stream()
			.map(ConstraintViolation::getMessage)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static ImapProperties.Mailbox mailbox(ImapProperties.Auth auth, String password, Path passwordFile,
			String tokenUri, String clientId, String clientSecret) {
		return new ImapProperties.Mailbox("imap.example.net", 0, ImapProperties.Security.SSL, "soporte@example.net",
				password, auth, "INBOX", null, "Caso/Processed", true, Duration.ofSeconds(30), ImapProperties.Since.NOW,
				tokenUri, clientId, clientSecret, null, passwordFile, null, null, null);
	}

	private static ImapProperties.Mailbox withSslTrust(String hosts) {
		return new ImapProperties.Mailbox("imap.example.net", 0, ImapProperties.Security.SSL, "soporte@example.net",
				"secret", ImapProperties.Auth.PASSWORD, "INBOX", null, "Caso/Processed", true, Duration.ofSeconds(30),
				ImapProperties.Since.NOW, null, null, null, null, null, null, hosts, null);
	}

}
