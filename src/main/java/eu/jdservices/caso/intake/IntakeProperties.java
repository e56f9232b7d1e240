package eu.jdservices.caso.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.intake.*}: the severity addresses and the built-in SMTP listener.
 *
 * @param addresses the three severity addresses (S4.2)
 * @param smtp the SMTP listener
 * @param spam which spam verdicts of the receiving mail server are trusted
 * @param recovery how stored mail whose processing was interrupted is taken up again
 * @param authentication whose sender authentication verdicts are trusted, and what a
 * failing one does
 */
@Validated
@ConfigurationProperties("caso.intake")
public record IntakeProperties(@Valid @NotNull Addresses addresses, @Valid @NotNull Smtp smtp,
		@Valid @NotNull @DefaultValue Spam spam, @Valid @NotNull @DefaultValue Recovery recovery,
		@Valid @NotNull @DefaultValue Authentication authentication) {

	/**
	 * @param a address for severity A (critical)
	 * @param b address for severity B (moderate/high)
	 * @param c address for severity C (minimal, requests)
	 */
	public record Addresses(@NotBlank @Email String a, @NotBlank @Email String b, @NotBlank @Email String c) {
	}

	/**
	 * @param enabled whether the listener starts
	 * @param host address to bind
	 * @param port port to listen on; 0 picks a free one
	 * @param maxMessageSize larger mails are refused with 552
	 * @param maxConnections concurrent SMTP connections
	 * @param maxBacklog stored mails waiting for a decision before new SMTP transactions
	 * have to wait: a mail's acknowledgement waits about this many decisions (24 keeps
	 * the deciding threads busy and the acknowledgement within a second at full load)
	 * @param tls STARTTLS on the listener
	 * @param auth SMTP AUTH for the MTA that submits to Caso
	 */
	public record Smtp(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1") String host,
			@DefaultValue("2525") int port, @DefaultValue("25MB") DataSize maxMessageSize,
			@DefaultValue("200") int maxConnections, @DefaultValue("24") int maxBacklog,
			@Valid @NotNull @DefaultValue Tls tls, @Valid @NotNull @DefaultValue Auth auth) {
	}

	/**
	 * @param bundle the name of a Spring Boot SSL bundle with the listener's certificate
	 * and key ({@code spring.ssl.bundle.pem.<name>.*} for PEM files,
	 * {@code spring.ssl.bundle.jks.<name>.*} for a PKCS#12 file); unset: no STARTTLS
	 * @param required refuse mail transactions before STARTTLS (530)
	 */
	public record Tls(String bundle, @DefaultValue("false") boolean required) {

		public boolean enabled() {
			return this.bundle != null && !this.bundle.isBlank();
		}

	}

	/**
	 * @param username the user name the submitting MTA signs in with (SMTP AUTH PLAIN or
	 * LOGIN); unset: no AUTH. When set, every mail transaction needs it.
	 * @param password its password
	 */
	public record Auth(String username, String password) {

		public boolean enabled() {
			return this.username != null && !this.username.isBlank();
		}

	}

	/**
	 * @param authservId the authserv-id of the receiving MTA whose
	 * {@code Authentication-Results} header is trusted (RFC 8601): only the topmost one
	 * with this id counts, all others are ignored; unset: none is trusted
	 * @param onFailure what a failing verdict ({@code dmarc=fail}, or without DMARC
	 * {@code spf=fail} and no DKIM pass for the From domain) does: {@code quarantine}
	 * (held for an agent with {@code SENDER_NOT_AUTHENTICATED}; nothing acts on a case,
	 * nothing is sent) or {@code mark} (processed as usual, shown to agents as not
	 * authenticated)
	 * @param local Caso's own SPF, DKIM and DMARC check, for when it is the MX itself
	 */
	public record Authentication(String authservId, @NotNull @DefaultValue("quarantine") OnFailure onFailure,
			@Valid @NotNull @DefaultValue Local local) {

		/** What a failing sender authentication verdict does. */
		public enum OnFailure {

			/** Held for an agent; acts on no case, nothing is sent. */
			QUARANTINE,
			/** Processed as usual; agents see it as not authenticated. */
			MARK

		}

	}

	/**
	 * @param enabled check SPF (the SMTP client's address and HELO), DKIM and DMARC
	 * alignment of mail that carries no trusted verdict; only when no trusted MTA stands
	 * in front of Caso
	 * @param dnsTimeout how long one DNS look-up may take
	 */
	public record Local(@DefaultValue("false") boolean enabled, @NotNull @DefaultValue("5s") Duration dnsTimeout) {
	}

	/**
	 * @param trustedHeaders the spam-verdict headers of the receiving MTA that Caso
	 * trusts ({@code X-Spam-Flag}, {@code X-Spam-Status}, {@code X-Spam},
	 * {@code X-Rspamd-Action}); empty: none. Trust only headers your own MTA sets (and
	 * removes from incoming mail): a sender outside your control could set them too.
	 * {@code X-DSPAM-Result} is understood too when listed.
	 * @param subjectTags a subject starting with one of these was tagged as spam by the
	 * MTA (SpamAssassin's and rspamd's subject rewriting); empty: none
	 */
	public record Spam(@NotNull @DefaultValue( {
			"X-Spam-Flag", "X-Spam-Status", "X-Spam", "X-Rspamd-Action" }) List<String> trustedHeaders,
			@NotNull @DefaultValue({ "[SPAM]", "***SPAM***", "*****SPAM*****" }) List<String> subjectTags){
	}

	/**
	 * @param after a stored mail still undecided after this long (its node died, its
	 * processing failed) is processed again by any node
	 * @param interval how often nodes look for such mail
	 */
	public record Recovery(@NotNull @DefaultValue("20s") Duration after,
			@NotNull @DefaultValue("10s") Duration interval) {
	}

}
