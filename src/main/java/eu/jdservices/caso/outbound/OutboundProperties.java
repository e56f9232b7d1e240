package eu.jdservices.caso.outbound;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.outbound.*}: how Caso sends mail.
 *
 * @param senderName display name on every mail we send
 * @param outboxDir where mail is kept when no relay is configured
 * ({@code spring.mail.host} unset)
 * @param senders parallel sender threads per node (8: each waits for its "sent" mark to
 * be on disk before the next mail, and with 2 the acknowledgements waited seconds in the
 * outbox under full load); after a crash at most this many mails are sent again
 * @param batchSize mails claimed per round
 * @param pollInterval how often the outbox is looked at when nothing wakes the sender
 * @param claimLease how long mail a node claimed stays its own; renewed every third of it
 * while the node lives, so a dead node's mail is taken over by another (or by itself
 * after a restart) once this has passed
 * @param initialBackoff wait before the first retry; doubles per attempt
 * @param maxBackoff longest wait between retries
 * @param maxAttempts after this many failed attempts a mail is marked failed (kept,
 * visible)
 * @param baseUrl public address of Caso used in links inside mails
 * ({@code CASO_BASE_URL})
 * @param onCall the on-call agents' address, told of every severity A case
 * ({@code caso.notify.on-call})
 * @param stuckAfter the outbox is stuck (health {@code outbox} DOWN, so readiness DOWN)
 * when a due mail has waited this long for a sender; well above {@code claimLease}, so
 * that the mail of a crashed node does not count
 * @param reportAddress where the verification page asks people to forward a mail that
 * claims to be ours but is not
 * @param verification the public verification page
 * @param dkim the DKIM signature of every mail we send (unset: unsigned)
 * @param relayKeepAlive how long a sender keeps its connection to the relay open after
 * its last mail, for the next (opening one per mail took as much of a sender's time as
 * the mail itself); {@code 0s} closes it after every round
 */
@Validated
@ConfigurationProperties("caso.outbound")
public record OutboundProperties(@NotBlank @DefaultValue("JD Services") String senderName, @NotNull Path outboxDir,
		@Min(1) @DefaultValue("8") int senders, @Min(1) @DefaultValue("50") int batchSize,
		@NotNull @DefaultValue("500ms") Duration pollInterval,
		@NotNull @DurationMin(seconds = 3) @DefaultValue("15s") Duration claimLease,
		@NotNull @DefaultValue("5s") Duration initialBackoff, @NotNull @DefaultValue("30m") Duration maxBackoff,
		@Min(1) @DefaultValue("60") int maxAttempts, @NotBlank @DefaultValue("http://localhost:8080") String baseUrl,
		String onCall, @NotNull @DefaultValue("10m") Duration stuckAfter,
		@NotBlank @DefaultValue("c@jd-services.eu") String reportAddress,
		@Valid @NotNull @DefaultValue Verification verification, @Valid @NotNull @DefaultValue Dkim dkim,
		@NotNull @DefaultValue("10s") Duration relayKeepAlive) {

	/**
	 * @param lookupsPerMinute look-ups one client (address) may make per minute; more are
	 * refused with 429 until the minute has passed
	 */
	public record Verification(@Min(1) @DefaultValue("10") int lookupsPerMinute) {
	}

	/**
	 * @param domain the signing domain ({@code d=}), the domain of our From addresses
	 * @param selector the selector ({@code s=}): the key's TXT record is at
	 * {@code <selector>._domainkey.<domain>}
	 * @param privateKey path to the RSA private key, PKCS#8 PEM
	 * ({@code -----BEGIN PRIVATE KEY-----})
	 */
	public record Dkim(String domain, String selector, Path privateKey) {

		/** Whether mail is signed: all three are set. */
		public boolean configured() {
			return this.domain != null && !this.domain.isBlank() && this.selector != null && !this.selector.isBlank()
					&& this.privateKey != null;
		}

	}

	/** The wait before the given retry (1-based). */
	Duration backoff(int attempt) {
		Duration wait = this.initialBackoff;
		for (int i = 1; i < attempt && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
