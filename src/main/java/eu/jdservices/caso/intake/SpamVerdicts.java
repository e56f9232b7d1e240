package eu.jdservices.caso.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The spam verdict the receiving mail server wrote into a mail's header
 * ({@code caso.intake.spam.trusted-headers}): SpamAssassin's {@code X-Spam-Flag: YES} and
 * {@code X-Spam-Status: Yes, …}, {@code X-Spam: Yes}, and rspamd's
 * {@code X-Rspamd-Action} other than {@code no action} or {@code greylist}
 * ({@code X-DSPAM-Result: Spam} when listed), and a subject the MTA tagged
 * ({@code caso.intake.spam.subject-tags}, e.g. {@code [SPAM] (19.9) …}). A mail with such
 * a verdict opens no case and gets no answer: acknowledging spam would send mail to
 * forged addresses (backscatter). Trust only headers that the provider's own MTA sets and
 * overwrites; with an empty list none is trusted.
 */
@Component
public class SpamVerdicts {

	private final List<String> trusted;

	private final List<String> subjectTags;

	SpamVerdicts(IntakeProperties properties) {
		this.trusted = properties.spam()
			.trustedHeaders()
			.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.toList();
		this.subjectTags = properties.spam()
			.subjectTags()
			.stream()
			.filter((tag) -> !tag.isBlank())
			.map((tag) -> tag.strip().toLowerCase(Locale.ROOT))
			.toList();
	}

	/**
	 * The header (or subject) that says the mail is spam, as {@code Name: value}; empty
	 * when none.
	 */
	public Optional<String> of(ParsedMail mail) {
		for (String name : this.trusted) {
			for (String value : mail.headers().getOrDefault(name, List.of())) {
				if (saysSpam(name, value.strip().toLowerCase(Locale.ROOT))) {
					return Optional.of(displayName(name) + ": " + abbreviate(value.strip()));
				}
			}
		}
		String subject = mail.subject().strip().toLowerCase(Locale.ROOT);
		for (String tag : this.subjectTags) {
			if (subject.startsWith(tag)) {
				return Optional.of("Subject: " + abbreviate(mail.subject().strip()));
			}
		}
		return Optional.empty();
	}

	private static boolean saysSpam(String header, String value) {
		return switch (header) {
			case "x-spam-flag", "x-spam" -> value.equals("yes") || value.equals("true");
			case "x-spam-status" -> value.startsWith("yes");
			case "x-rspamd-action" -> !value.isEmpty() && !value.equals("no action") && !value.equals("greylist");
			case "x-dspam-result" -> value.equals("spam") || value.equals("virus");
			default -> value.startsWith("yes");
		};
	}

	private static String displayName(String header) {
		return switch (header) {
			case "x-spam-flag" -> "X-Spam-Flag";
			case "x-spam-status" -> "X-Spam-Status";
			case "x-spam" -> "X-Spam";
			case "x-rspamd-action" -> "X-Rspamd-Action";
			case "x-dspam-result" -> "X-DSPAM-Result";
			default -> header;
		};
	}

	private static String abbreviate(String value) {
		return (value.length() > 200) ? value.substring(0, 200) + "…" : value;
	}

}
