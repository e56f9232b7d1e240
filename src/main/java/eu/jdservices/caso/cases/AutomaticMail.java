package eu.jdservices.caso.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.ParsedMail;

/**
 * Recognises mail written by a machine (RFC 3834 auto-replies, bulk and list mail,
 * bounces, out-of-office replies), which never gets an automatic answer and never opens a
 * case.
 */
final class AutomaticMail {

	private static final Pattern OUT_OF_OFFICE = Pattern.compile(
			"^(automatic reply|respuesta automática|auto[- ]?reply|autoreply|out of (the )?office|fuera de la oficina|"
					+ "ausente|abwesenheitsnotiz|absence|réponse automatique|risposta automatica|vacation|vacaciones)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern FINAL_RECIPIENT = Pattern
		.compile("(?im)^(?:final|original)-recipient:\\s*rfc822;\\s*<?([^\\s>]+@[^\\s>]+)>?");

	private static final Pattern MESSAGE_ID_LINE = Pattern.compile("(?im)^message-id:\\s*<([^>]+)>");

	private AutomaticMail() {
	}

	/** Why the mail is automatic, or empty when a person wrote it. */
	static Optional<String> why(ParsedMail mail, String envelopeFrom) {
		String autoSubmitted = header(mail, "auto-submitted");
		if (!autoSubmitted.isEmpty() && !autoSubmitted.equals("no")) {
			return Optional.of("Auto-Submitted: " + autoSubmitted);
		}
		String precedence = header(mail, "precedence");
		if (precedence.equals("bulk") || precedence.equals("junk") || precedence.equals("list")) {
			return Optional.of("Precedence: " + precedence);
		}
		for (String name : List.of("x-autoreply", "x-autorespond", "x-auto-response-suppress", "list-id",
				"list-unsubscribe")) {
			if (mail.header(name).isPresent()) {
				return Optional.of(name + " header");
			}
		}
		if (envelopeFrom != null && (envelopeFrom.isBlank() || envelopeFrom.equals("<>"))) {
			return Optional.of("empty return path");
		}
		String from = (mail.from() != null) ? mail.from().email() : "";
		String local = from.contains("@") ? from.substring(0, from.indexOf('@')) : from;
		if (local.equals("mailer-daemon") || local.equals("postmaster") || local.startsWith("mailer-daemon")) {
			return Optional.of("sent by " + local);
		}
		if (isDeliveryReport(mail)) {
			return Optional.of("delivery status report");
		}
		if (OUT_OF_OFFICE.matcher(CaseReferences.bareSubject(mail.subject())).matches()) {
			return Optional.of("out-of-office subject");
		}
		return Optional.empty();
	}

	/**
	 * The addresses a delivery report says could not be reached, and the Message-IDs of
	 * the returned mail.
	 */
	static Optional<Bounce> bounce(ParsedMail mail) {
		if (!isDeliveryReport(mail)) {
			return Optional.empty();
		}
		List<String> recipients = new ArrayList<>();
		List<String> messageIds = new ArrayList<>(mail.inReplyTo());
		messageIds.addAll(mail.references());
		StringBuilder everything = new StringBuilder(mail.text());
		for (ParsedMail.Attachment attachment : mail.attachments()) {
			if (attachment.contentType().startsWith("message/") || attachment.contentType().startsWith("text/")) {
				everything.append('\n')
					.append(new String(attachment.content(), java.nio.charset.StandardCharsets.ISO_8859_1));
			}
		}
		Matcher finalRecipient = FINAL_RECIPIENT.matcher(everything);
		while (finalRecipient.find()) {
			String address = finalRecipient.group(1).toLowerCase(Locale.ROOT);
			if (!recipients.contains(address)) {
				recipients.add(address);
			}
		}
		Matcher messageId = MESSAGE_ID_LINE.matcher(everything);
		while (messageId.find()) {
			messageIds.add(messageId.group(1).strip());
		}
		return Optional.of(new Bounce(recipients, messageIds));
	}

	private static boolean isDeliveryReport(ParsedMail mail) {
		String contentType = header(mail, "content-type");
		if (contentType.startsWith("multipart/report")) {
			return true;
		}
		return mail.attachments().stream().anyMatch((part) -> part.contentType().equals("message/delivery-status"));
	}

	private static String header(ParsedMail mail, String name) {
		return mail.header(name).map((value) -> value.strip().toLowerCase(Locale.ROOT)).orElse("");
	}

	/**
	 * @param failedRecipients the addresses that could not be reached
	 * @param messageIds Message-IDs of the returned mail (ours, when it is a bounce of
	 * our mail)
	 */
	record Bounce(List<String> failedRecipients, List<String> messageIds) {
	}

}
