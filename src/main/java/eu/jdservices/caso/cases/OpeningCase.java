package eu.jdservices.caso.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Severity;

/**
 * Opening a case from a mail to a severity address (S1.1, S1.5): severity, subject,
 * requester, authorised contacts and the fingerprint that recognises a re-sent copy
 * (S1.2). Pure domain logic: no I/O, time from the clock.
 */
final class OpeningCase {

	/**
	 * The most contacts a case has: the requester and the first addressees of the mails
	 * (a mail to tens of thousands of addresses must not make them all contacts, nor send
	 * each our acknowledgement); Zendesk stops at 48 CCs.
	 */
	static final int MAX_CONTACTS = 50;

	private final Clock clock;

	OpeningCase(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @param message the opening mail
	 * @param severity the highest severity among the intake addresses it was sent to
	 * @param ours tells our own addresses, which never become contacts
	 * @param organization the sender's organisation from the directory, or {@code null}
	 * @param preferredLanguage the sender's language from the directory, or {@code null}
	 */
	NewCase open(IncomingMessage message, Severity severity, Predicate<String> ours, String organization,
			String preferredLanguage) {
		ParsedMail mail = message.mail();
		String requester = mail.from().email();
		Set<String> contacts = new LinkedHashSet<>();
		contacts.add(requester);
		mail.to()
			.stream()
			.map(ParsedMail.Address::email)
			.filter(ours.negate().and(OpeningCase::isContactAddress))
			.forEach(contacts::add);
		mail.cc()
			.stream()
			.map(ParsedMail.Address::email)
			.filter(ours.negate().and(OpeningCase::isContactAddress))
			.forEach(contacts::add);
		String subject = mail.subject().strip();
		String language = CustomerLanguage.choose(preferredLanguage, subject + "\n" + mail.text());
		return new NewCase(severity, subject, requester, mail.from().name(),
				contacts.stream().limit(MAX_CONTACTS).toList(), organization, language,
				OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC),
				fingerprint(requester, subject, mail.text()), null);
	}

	/**
	 * Whether an address of a mail's To or Cc can become a contact: a broken header gives
	 * words, encoded words or fragments of any length, which are no addresses. A mailbox
	 * with a local part and a domain of at most 253 characters without white space or
	 * header punctuation is one, even when it can never be answered
	 * ({@code power quadrant system@…}, {@code …@host.invalid}): it becomes a contact
	 * marked failing (see {@code Reachability}), so agents see whom the customer
	 * addressed.
	 */
	static boolean isContactAddress(String email) {
		int at = email.lastIndexOf('@');
		if (at <= 0 || at == email.length() - 1 || email.length() > 320 || email.length() - at - 1 > 253) {
			return false;
		}
		for (int i = 0; i < email.length(); i++) {
			char c = email.charAt(i);
			if (Character.isISOControl(c)
					|| (i > at && (Character.isWhitespace(c) || ":;,<>()[]\\\"".indexOf(c) >= 0))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Same sender, same subject, same text (whitespace and case aside) give the same
	 * fingerprint.
	 */
	static String fingerprint(String requester, String subject, String text) {
		String normalized = requester + "\n" + normalize(subject) + "\n" + normalize(text);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Each run of white space ({@code \s}) as one space, stripped, in lower case: what
	 * {@code replaceAll("\\s+", " ")} gave, in one pass over a text of megabytes.
	 */
	static String normalize(String text) {
		StringBuilder collapsed = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (" \t\n\u000B\f\r".indexOf(c) >= 0) {
				space = true;
				continue;
			}
			if (space) {
				collapsed.append(' ');
				space = false;
			}
			collapsed.append(c);
		}
		if (space) {
			collapsed.append(' ');
		}
		return collapsed.toString().strip().toLowerCase(Locale.ROOT);
	}

}
