package eu.jdservices.caso.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.intake.imap.*}: the IMAP mailboxes Caso takes mail from, beside the SMTP
 * listener (names as in {@code shared/CONTRACT.md}, "IMAP mailboxes").
 *
 * @param mailboxes the mailboxes; empty: none
 */
@Validated
@ConfigurationProperties("caso.intake.imap")
public record ImapProperties(@Valid @NotNull @DefaultValue List<Mailbox> mailboxes) {

	/** How the connection is secured. */
	public enum Security {

		/** IMAPS: TLS from the first byte (port 993). */
		SSL,
		/** Plain IMAP upgraded with STARTTLS, which is required (port 143). */
		STARTTLS,
		/** No TLS at all: only for tests and a server on the same host. */
		NONE

	}

	/** How Caso signs in. */
	public enum Auth {

		/** LOGIN with user name and password. */
		PASSWORD,
		/**
		 * SASL XOAUTH2 with an access token from the token endpoint (OAuth 2.0 client
		 * credentials grant).
		 */
		XOAUTH2

	}

	/** Which mail of a new mailbox is taken. */
	public enum Since {

		/** Only mail that arrives after Caso first connected to the mailbox. */
		NOW,
		/**
		 * Also the mail already there, stored and decided without acknowledgements.
		 */
		ALL

	}

	/**
	 * @param host the IMAP server
	 * @param port its port; 0: 993 with SSL, else 143
	 * @param security SSL, STARTTLS or NONE
	 * @param username the user name
	 * @param password its password (from the environment, never logged)
	 * @param passwordFile instead: a file holding the password, read at each sign-in
	 * @param auth PASSWORD or XOAUTH2
	 * @param folder the folder mail is taken from
	 * @param address the severity address this mailbox serves; unset: the severity comes
	 * from the intake addresses among To/Cc/Delivered-To
	 * @param processedFolder where taken mail is moved, with {@code /} as the hierarchy
	 * separator (mapped to the server's own); created when missing
	 * @param idle wait for new mail with IDLE when the server offers it
	 * @param pollInterval how often the folder is looked at without IDLE (and how often
	 * an IDLE is renewed)
	 * @param since NOW or ALL
	 * @param tokenUri XOAUTH2: the token endpoint
	 * @param clientId XOAUTH2: the client id
	 * @param clientSecret XOAUTH2: the client secret
	 * @param clientSecretFile XOAUTH2, instead: a file holding the client secret, read at
	 * each token request
	 * @param scope XOAUTH2: the scope
	 * @param sslTrust hosts (separated by spaces) whose certificate is trusted as it is,
	 * without checking it against the JDK's certificate authorities nor its host name:
	 * only for a server of one's own with a self-signed certificate; unset: normal checks
	 * @param serviceAccountKeyFile XOAUTH2 with Google Workspace: the service account's
	 * JSON key (domain-wide delegation); tokens then come from the JWT bearer grant (RFC
	 * 7523) for {@code username}, at the key's {@code token_uri} unless {@code token-uri}
	 * is set, scope {@code https://mail.google.com/} unless {@code scope} is set
	 */
	public record Mailbox(@NotBlank String host, @DefaultValue("0") int port,
			@NotNull @DefaultValue("SSL") Security security, @NotBlank String username, String password,
			@NotNull @DefaultValue("PASSWORD") Auth auth, @NotBlank @DefaultValue("INBOX") String folder,
			@Email String address, @NotBlank @DefaultValue("Caso/Processed") String processedFolder,
			@DefaultValue("true") boolean idle, @NotNull @DefaultValue("30s") Duration pollInterval,
			@NotNull @DefaultValue("NOW") Since since, String tokenUri, String clientId, String clientSecret,
			String scope, Path passwordFile, Path clientSecretFile, String sslTrust, Path serviceAccountKeyFile) {

		/** The port to connect to. */
		public int effectivePort() {
			if (this.port > 0) {
				return this.port;
			}
			return (this.security == Security.SSL) ? 993 : 143;
		}

		/**
		 * Whether Caso has what it needs to sign in: a password (or its file), or for
		 * XOAUTH2 a token endpoint, a client id and a client secret (or its file).
		 */
		@AssertTrue(message = "needs password or password-file (auth=PASSWORD), or token-uri, client-id and "
				+ "client-secret or client-secret-file, or a service-account-key-file (auth=XOAUTH2)")
		public boolean isSignInConfigured() {
			if (this.auth == Auth.XOAUTH2) {
				return this.serviceAccountKeyFile != null || (present(this.tokenUri) && present(this.clientId)
						&& (present(this.clientSecret) || this.clientSecretFile != null));
			}
			return present(this.password) || this.passwordFile != null;
		}

		/**
		 * Whether the server's certificate is trusted as it is (see {@code ssl-trust}).
		 */
		public boolean trustsCertificateAsIs() {
			return present(this.sslTrust) && List.of(this.sslTrust.trim().split("\\s+")).contains(this.host);
		}

		/** Without the password and the client secret, which are never written out. */
		@Override
		public String toString() {
			return "Mailbox[" + key() + ", auth=" + this.auth + ", security=" + this.security + "]";
		}

		private static boolean present(String value) {
			return value != null && !value.isBlank();
		}

		/** How the mailbox is named in logs, health and the progress table. */
		public String key() {
			return this.username + "@" + this.host + ":" + effectivePort() + "/" + this.folder;
		}

	}

}
