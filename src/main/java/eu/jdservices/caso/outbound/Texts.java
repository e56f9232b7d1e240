package eu.jdservices.caso.outbound;

import java.util.Locale;
import java.util.stream.Collectors;

import eu.jdservices.caso.cases.CaseSnapshot;
import eu.jdservices.caso.cases.MailToContactsRequested;
import eu.jdservices.caso.cases.NoticeRequested;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of the mails Caso sends, from the message bundles
 * ({@code messages_es/en.properties}).
 */
@Component
class Texts {

	private final MessageSource messages;

	private final IntakeAddresses addresses;

	Texts(MessageSource messages, IntakeAddresses addresses) {
		this.messages = messages;
		this.addresses = addresses;
	}

	/** S1.2: case number and severity, what happens next, the customer's duties. */
	String acknowledgement(CaseSnapshot snapshot, Locale locale) {
		String severity = snapshot.severity().name();
		Object[] args = { greetingName(snapshot), String.valueOf(snapshot.number()), severity,
				text("severity." + severity, locale), String.join(", ", snapshot.contacts()), snapshot.tag() };
		return String.join("\n\n", text("ack.greeting", args, locale), text("ack.opened", args, locale),
				text("ack.next.title", args, locale) + "\n" + text("ack.next." + severity, args, locale),
				text("ack.duties.title", args, locale) + "\n" + text("ack.duties", args, locale),
				text("ack.contacts", args, locale), signature(locale));
	}

	/**
	 * An agent's mail to all contacts: reply, request for information, closure,
	 * cancellation, severity change.
	 */
	String toContacts(MailToContactsRequested event, Locale locale) {
		CaseSnapshot snapshot = event.snapshot();
		String number = String.valueOf(snapshot.number());
		String written = (event.text() != null) ? event.text().strip() : "";
		String body = switch (event.kind()) {
			case REPLY -> written;
			case REQUEST_INFO -> join(text("request-info.intro", new Object[] { number }, locale), written,
					text("request-info.outro", new Object[] { number }, locale));
			case CLOSURE -> join(text("closure.intro", new Object[] { number }, locale), written,
					text("closed.no-reopen", new Object[] { number, intakeAddresses(locale) }, locale));
			case CANCELLATION -> join(text("cancellation.intro", new Object[] { number }, locale), written,
					text("closed.no-reopen", new Object[] { number, intakeAddresses(locale) }, locale));
			case SEVERITY_CHANGE -> join(text("severity-change.intro",
					new Object[] { number, event.previousSeverity().name(), snapshot.severity().name(),
							text("severity." + snapshot.severity().name(), locale),
							this.addresses.addressOf(snapshot.severity()) },
					locale), written);
			default -> throw new IllegalArgumentException("Not a mail to contacts: " + event.kind());
		};
		return join(text("mail.hello", new Object[] { greetingName(snapshot) }, locale), body,
				text("mail.reply-all", new Object[] { snapshot.tag() }, locale), signature(locale));
	}

	/** A notice to one sender: which guideline applies and what to do instead. */
	String notice(NoticeRequested notice, Locale locale) {
		String number = String.valueOf(notice.caseNumber());
		String mentioned = notice.mentioned().stream().map((other) -> "#" + other).collect(Collectors.joining(", "));
		Object[] args = { number, notice.recipient(), intakeAddresses(locale), mentioned };
		String key = "notice." + notice.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		return join(text("mail.hello", new Object[] { "" }, locale), text(key, args, locale), signature(locale));
	}

	String noSubject(Locale locale) {
		return text("mail.no-subject", locale);
	}

	private String intakeAddresses(Locale locale) {
		return text("mail.intake-addresses", new Object[] { this.addresses.addressOf(Severity.A),
				this.addresses.addressOf(Severity.B), this.addresses.addressOf(Severity.C) }, locale);
	}

	private String signature(Locale locale) {
		return text("mail.signature", locale);
	}

	private static String greetingName(CaseSnapshot snapshot) {
		return snapshot.requesterName().isBlank() ? "" : " " + snapshot.requesterName().strip().split("\\s+")[0];
	}

	private static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				if (!text.isEmpty()) {
					text.append("\n\n");
				}
				text.append(part.strip());
			}
		}
		return text.append('\n').toString();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private String text(String key, Object[] args, Locale locale) {
		return this.messages.getMessage(key, args, locale);
	}

}
