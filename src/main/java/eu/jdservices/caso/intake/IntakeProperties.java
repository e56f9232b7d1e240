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
 */
@Validated
@ConfigurationProperties("caso.intake")
public record IntakeProperties(@Valid @NotNull Addresses addresses, @Valid @NotNull Smtp smtp,
		@Valid @NotNull @DefaultValue Spam spam, @Valid @NotNull @DefaultValue Recovery recovery) {

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
	 * have to wait
	 */
	public record Smtp(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1") String host,
			@DefaultValue("2525") int port, @DefaultValue("25MB") DataSize maxMessageSize,
			@DefaultValue("200") int maxConnections, @DefaultValue("100") int maxBacklog) {
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
