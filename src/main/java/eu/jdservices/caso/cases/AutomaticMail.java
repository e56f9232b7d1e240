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

	/**
	 * "Respuesta automática: …", "Automatic reply: …", "Abwesenheitsnotiz: …" — the
	 * phrase alone or followed by a colon, so that a customer's subject about
	 * auto-replies ("Respuesta automática no funciona en Outlook") is no auto-reply.
	 */
	private static final Pattern OUT_OF_OFFICE = Pattern.compile(
			"^(?:(?:automatic reply|respuesta automática|auto[- ]?reply|autoreply|out of (?:the )?office(?: auto ?reply)?|"
					+ "fuera de la oficina|abwesenheitsnotiz|automatische antwort|réponse automatique|risposta automatica)"
					+ "\\s*(?::.*)?|(?:ausente|ausencia|abwesend|absent|absence|vacation|vacaciones|on leave)"
					+ "(?:\\s+(?:hasta|until|till|bis|jusqu).*)?)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern RECIPIENT_FIELD = Pattern
		.compile("(?im)^(?:final|original)-recipient:\\s*rfc822;\\s*<?([^\\s>]+@[^\\s>]+)>?");

	private static final Pattern ACTION_FIELD = Pattern.compile("(?im)^action:\\s*(\\S+)");

	private static final Pattern DIAGNOSTIC_FIELD = Pattern
		.compile("(?im)^diagnostic-code:[ \t]*(?:smtp;)?[ \t]*([^\r\n]{1,500})");

	private static final Pattern MESSAGE_ID_LINE = Pattern.compile("(?im)^message-id:\\s*<([^>]+)>");

	/** A mailbox nobody reads answers: whatever it sends is written by a machine. */
	private static final Pattern NO_REPLY = Pattern.compile("(?i)(no-?reply|do-?not-?reply|donotreply)([-.+_].*)?");

	/**
	 * The Message-IDs taken from each of a report's sources, at most (each is a look-up).
	 */
	private static final int MAX_IDS = 50;

	private AutomaticMail() {
	}

	/** Why the mail is automatic, or empty when a person wrote it. */
	static Optional<String> why(ParsedMail mail, String envelopeFrom) {
		// RFC 3834: "no" may carry a comment or parameters ("no (manual)", "no; x=y")
		String autoSubmitted = header(mail, "auto-submitted").split("[\\s;(]", 2)[0];
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
		if (envelopeFrom != null && (envelopeFrom.isBlank() || envelopeFrom.equals("<>"))
				|| header(mail, "return-path").equals("<>")) {
			return Optional.of("empty return path");
		}
		String from = (mail.from() != null) ? mail.from().email() : "";
		String local = from.contains("@") ? from.substring(0, from.indexOf('@')) : from;
		if (local.equals("mailer-daemon") || local.equals("postmaster") || local.startsWith("mailer-daemon")
				|| NO_REPLY.matcher(local).matches()) {
			return Optional.of("sent by " + local);
		}
		if (isReadReceipt(mail)) {
			return Optional.of("read receipt");
		}
		if (isDeliveryReport(mail) || header(mail, "content-type").startsWith("multipart/report")) {
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
		if (!isDeliveryReport(mail) || isReadReceipt(mail)) {
			return Optional.empty();
		}
		List<String> recipients = new ArrayList<>();
		java.util.Map<String, String> diagnostics = new java.util.HashMap<>();
		List<String> messageIds = new ArrayList<>(
				mail.inReplyTo().subList(0, Math.min(mail.inReplyTo().size(), MAX_IDS)));
		messageIds.addAll(
				mail.references().subList(Math.max(0, mail.references().size() - MAX_IDS), mail.references().size()));
		StringBuilder everything = new StringBuilder(mail.text());
		for (ParsedMail.Attachment attachment : mail.attachments()) {
			if (attachment.contentType().startsWith("message/") || attachment.contentType().startsWith("text/")) {
				everything.append('\n')
					.append(new String(attachment.content(), java.nio.charset.StandardCharsets.ISO_8859_1));
			}
		}
		// one block of fields per recipient; a delay ("Action: delayed") is no failure
		for (String block : everything.toString().replace("\r\n", "\n").split("\n[ \t]*\n")) {
			Matcher action = ACTION_FIELD.matcher(block);
			if (action.find() && !action.group(1).toLowerCase(Locale.ROOT).startsWith("failed")) {
				continue;
			}
			Matcher diagnostic = DIAGNOSTIC_FIELD.matcher(block);
			String answer = diagnostic.find() ? diagnostic.group(1).strip() : null;
			Matcher recipient = RECIPIENT_FIELD.matcher(block);
			while (recipient.find()) {
				String address = recipient.group(1).toLowerCase(Locale.ROOT);
				if (!recipients.contains(address)) {
					recipients.add(address);
				}
				if (answer != null) {
					diagnostics.putIfAbsent(address, answer);
				}
			}
		}
		Matcher messageId = MESSAGE_ID_LINE.matcher(everything);
		for (int found = 0; found < MAX_IDS && messageId.find(); found++) {
			messageIds.add(messageId.group(1).strip());
		}
		return Optional.of(new Bounce(recipients, messageIds, diagnostics));
	}

	/** A delivery status notification (RFC 3464): a bounce or a delay. */
	private static boolean isDeliveryReport(ParsedMail mail) {
		return isReport(mail, "delivery-status");
	}

	/** A message disposition notification (RFC 8098): "read" or "deleted unread". */
	private static boolean isReadReceipt(ParsedMail mail) {
		return isReport(mail, "disposition-notification");
	}

	private static boolean isReport(ParsedMail mail, String type) {
		String contentType = header(mail, "content-type");
		if (contentType.startsWith("multipart/report")
				&& contentType.matches("(?s).*report-type\\s*=\\s*\"?" + type + "\\b.*")) {
			return true;
		}
		return mail.attachments().stream().anyMatch((part) -> part.contentType().equals("message/" + type));
	}

	private static String header(ParsedMail mail, String name) {
		return mail.header(name).map((value) -> value.strip().toLowerCase(Locale.ROOT)).orElse("");
	}

	/**
	 * @param failedRecipients the addresses that could not be reached
	 * @param messageIds Message-IDs of the returned mail (ours, when it is a bounce of
	 * our mail)
	 * @param diagnostics the remote server's answer per failed recipient
	 */
	record Bounce(List<String> failedRecipients, List<String> messageIds, java.util.Map<String, String> diagnostics) {

		Bounce {
			diagnostics = java.util.Map.copyOf(diagnostics);
		}

		/**
		 * The remote server's answer for a recipient ({@code Diagnostic-Code}), if given.
		 */
		Optional<String> diagnostic(String address) {
			return Optional.ofNullable(this.diagnostics.get(address));
		}

	}

}
