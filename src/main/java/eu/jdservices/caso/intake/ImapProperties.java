package eu.jdservices.caso.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
		/** SASL XOAUTH2 with a client-credentials token (not yet supported). */
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
	 * @param password its password (from the environment or a file, never logged)
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
	 * @param scope XOAUTH2: the scope
	 */
	public record Mailbox(@NotBlank String host, @DefaultValue("0") int port,
			@NotNull @DefaultValue("SSL") Security security, @NotBlank String username, String password,
			@NotNull @DefaultValue("PASSWORD") Auth auth, @NotBlank @DefaultValue("INBOX") String folder,
			@Email String address, @NotBlank @DefaultValue("Caso/Processed") String processedFolder,
			@DefaultValue("true") boolean idle, @NotNull @DefaultValue("30s") Duration pollInterval,
			@NotNull @DefaultValue("NOW") Since since, String tokenUri, String clientId, String clientSecret,
			String scope) {

		/** The port to connect to. */
		public int effectivePort() {
			if (this.port > 0) {
				return this.port;
			}
			return (this.security == Security.SSL) ? 993 : 143;
		}

		/** How the mailbox is named in logs, health and the progress table. */
		public String key() {
			return this.username + "@" + this.host + ":" + effectivePort() + "/" + this.folder;
		}

	}

}
