package eu.jdservices.caso.intake;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Whether an inbound mail's sender is who its From says (RFC 8601): only the topmost
 * {@code Authentication-Results} header carrying the configured authserv-id
 * ({@code caso.intake.authentication.authserv-id}) is trusted, every other one is ignored
 * (anyone can add such a header); without a trusted header, and when configured, Caso
 * checks SPF, DKIM and DMARC itself. The verdict is kept with the stored mail, and agents
 * see it on the case. A failing verdict holds the mail by default
 * ({@code on-failure=quarantine}): a forged mail from a case contact's address neither
 * adds to nor steers the case, and a forged new mail opens no case and gets no answer.
 */
@Component
public class SenderAuthentication {

	/** The reason of a mail held because its sender failed authentication. */
	private final IntakeProperties.Authentication properties;

	private final IntakeStore store;

	private final LocalAuthentication local;

	SenderAuthentication(IntakeProperties properties, IntakeStore store, LocalAuthentication local) {
		this.properties = properties.authentication();
		this.store = store;
		this.local = local;
	}

	/**
	 * Records the sender verdict of a stored mail and tells why the mail must be held:
	 * present when the verdict failed and failing mail is quarantined.
	 */
	public Optional<String> refusal(InboundMail stored, ParsedMail mail) {
		SenderVerdict verdict = verdict(stored, mail);
		this.store.recordSenderVerdict(stored.id(), verdict);
		if (verdict.failed() && this.properties.onFailure() == IntakeProperties.Authentication.OnFailure.QUARANTINE) {
			return Optional.of("The sender failed authentication for the From domain: " + verdict.detail());
		}
		return Optional.empty();
	}

	/** The verdict of a mail, without recording it. */
	SenderVerdict verdict(InboundMail stored, ParsedMail mail) {
		if (mail.from() == null || mail.from().domain().isEmpty()) {
			return SenderVerdict.none();
		}
		Optional<AuthenticationResults> trusted = trusted(mail);
		if (trusted.isPresent()) {
			List<AuthenticationResults.Result> results = trusted.get().results();
			String detail = trusted.get().authservId() + ": "
					+ (results.isEmpty() ? "none" : String.join("; ", results.stream().map(Object::toString).toList()));
			return new SenderVerdict(AuthenticationPolicy.evaluate(results, mail.from().domain()),
					SenderVerdict.Source.TRUSTED_HEADER, abbreviate(detail));
		}
		if (this.properties.local().enabled()) {
			return this.local.check(stored, this.store.envelope(stored.id()), mail);
		}
		return SenderVerdict.none();
	}

	/**
	 * The topmost Authentication-Results header of the trusted authserv-id; empty when
	 * none is configured or the mail has none.
	 */
	Optional<AuthenticationResults> trusted(ParsedMail mail) {
		String id = this.properties.authservId();
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		String wanted = id.strip().toLowerCase(Locale.ROOT);
		return mail.headers()
			.getOrDefault("authentication-results", List.of())
			.stream()
			.map(AuthenticationResults::parse)
			.flatMap(Optional::stream)
			.filter((header) -> header.authservId().equals(wanted))
			.findFirst();
	}

	/**
	 * The recorded verdicts of stored mails, by their Message-IDs (without brackets); a
	 * mail without a recorded verdict is missing from the map.
	 */
	public Map<String, SenderVerdict> ofMessages(Collection<String> messageIds) {
		return this.store.senderVerdicts(messageIds);
	}

	/** The recorded verdict of one stored mail. */
	public Optional<SenderVerdict> of(long intakeId) {
		return this.store.senderVerdict(intakeId);
	}

	private static String abbreviate(String text) {
		return (text.length() > 1000) ? text.substring(0, 999) + "…" : text;
	}

}
