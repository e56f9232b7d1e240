package eu.jdservices.caso.outbound;

import java.util.Locale;

import eu.jdservices.caso.cases.CaseSnapshot;

import org.springframework.context.MessageSource;

/**
 * The text of an acknowledgement, from the message bundles: case number and severity,
 * what happens next, and the customer's duties from the guidelines.
 */
final class AcknowledgementText {

	private AcknowledgementText() {
	}

	static String of(CaseSnapshot snapshot, MessageSource messages, Locale locale) {
		String severity = snapshot.severity().name();
		String name = snapshot.requesterName().isBlank() ? "" : " " + snapshot.requesterName().strip().split("\\s+")[0];
		Object[] args = { name, String.valueOf(snapshot.number()), severity,
				messages.getMessage("severity." + severity, null, locale), String.join(", ", snapshot.contacts()),
				snapshot.tag() };
		StringBuilder text = new StringBuilder();
		text.append(messages.getMessage("ack.greeting", args, locale)).append("\n\n");
		text.append(messages.getMessage("ack.opened", args, locale)).append("\n\n");
		text.append(messages.getMessage("ack.next.title", args, locale)).append("\n");
		text.append(messages.getMessage("ack.next." + severity, args, locale)).append("\n\n");
		text.append(messages.getMessage("ack.duties.title", args, locale)).append("\n");
		text.append(messages.getMessage("ack.duties", args, locale)).append("\n\n");
		text.append(messages.getMessage("ack.contacts", args, locale)).append("\n\n");
		text.append(messages.getMessage("mail.signature", args, locale)).append("\n");
		return text.toString();
	}

}
