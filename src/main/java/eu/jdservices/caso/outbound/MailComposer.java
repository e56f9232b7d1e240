package eu.jdservices.caso.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.springframework.stereotype.Component;

/**
 * Builds the mails Caso sends: our Message-ID, the threading headers, the headers that
 * keep other systems from answering automatically, UTF-8 text, a fresh verification code
 * (text and {@value #VERIFICATION_HEADER}), and a DKIM signature when a key is
 * configured.
 */
@Component
class MailComposer {

	static final int MAX_SUBJECT = 1000;

	static final String VERIFICATION_HEADER = "X-Caso-Verification";

	private final Session session = JakartaMail.session();

	private final OutboundProperties properties;

	private final Clock clock;

	private final Texts texts;

	private final DkimSigning dkim;

	MailComposer(OutboundProperties properties, Clock clock, Texts texts, DkimSigning dkim) {
		this.properties = properties;
		this.clock = clock;
		this.texts = texts;
		this.dkim = dkim;
	}

	/**
	 * A draft of a mail.
	 *
	 * @param from our address it is sent from
	 * @param to recipients
	 * @param cc copy recipients
	 * @param subject the subject
	 * @param text the plain text
	 * @param language {@code es} or {@code en}
	 * @param inReplyTo Message-ID answered, or {@code null}
	 * @param references the thread's Message-IDs, oldest first
	 * @param automatic whether it is an automatic answer (Auto-Submitted: auto-replied)
	 * @param notice whether it is a notice (Precedence: bulk, so that vacation responders
	 * stay quiet)
	 */
	record Draft(String from, List<String> to, List<String> cc, String subject, String text, String language,
			String inReplyTo, List<String> references, boolean automatic, boolean notice, CalendarPart calendar) {

		Draft(String from, List<String> to, List<String> cc, String subject, String text, String language,
				String inReplyTo, List<String> references, boolean automatic, boolean notice) {
			this(from, to, cc, subject, text, language, inReplyTo, references, automatic, notice, null);
		}

	}

	/**
	 * An iTIP object sent by iMIP (RFC 6047): the mail's text and a
	 * {@code text/calendar; method=…} alternative of it, plus the same object as an
	 * {@code invite.ics} attachment (as Gmail and Outlook send it).
	 *
	 * @param method the iTIP method ({@code REQUEST}, {@code CANCEL} …)
	 * @param content the iCalendar object
	 */
	record CalendarPart(String method, String content) {
	}

	ComposedMail compose(Draft draft) {
		String messageId = newMessageId(draft.from());
		String code = VerificationCode.generate();
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		try {
			MimeMessage message = new MimeMessage(this.session);
			message.setFrom(new InternetAddress(draft.from(), this.properties.senderName(), "UTF-8"));
			message.setRecipients(Message.RecipientType.TO, addresses(draft.to()));
			if (!draft.cc().isEmpty()) {
				message.setRecipients(Message.RecipientType.CC, addresses(draft.cc()));
			}
			message.setSubject(subject(draft.subject()), "UTF-8");
			message.setSentDate(Date.from(now.toInstant()));
			String text = draft.text() + this.texts.verification(code, Locale.forLanguageTag(draft.language()));
			if (draft.calendar() != null) {
				message.setContent(withCalendar(text, draft.calendar()));
			}
			else {
				message.setText(text, "UTF-8");
			}
			message.setHeader("Content-Language", draft.language());
			if (draft.inReplyTo() != null) {
				message.setHeader("In-Reply-To", "<" + draft.inReplyTo() + ">");
			}
			List<String> references = new ArrayList<>(draft.references());
			if (draft.inReplyTo() != null && !references.contains(draft.inReplyTo())) {
				references.add(draft.inReplyTo());
			}
			if (!references.isEmpty()) {
				message.setHeader("References", MimeUtility.fold(12,
						references.stream().map((id) -> "<" + id + ">").collect(Collectors.joining(" "))));
			}
			message.setHeader("X-Auto-Response-Suppress", "All");
			message.setHeader(VERIFICATION_HEADER, code);
			if (draft.automatic()) {
				message.setHeader("Auto-Submitted", "auto-replied");
			}
			if (draft.notice()) {
				message.setHeader("Precedence", "bulk");
			}
			message.saveChanges();
			message.setHeader("Message-ID", "<" + messageId + ">");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			message.writeTo(out);
			List<String> recipients = new ArrayList<>(draft.to());
			recipients.addAll(draft.cc());
			return new ComposedMail(messageId, draft.from(), recipients, this.dkim.sign(out.toByteArray()), code, now);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Could not compose mail '" + draft.subject() + "'", ex);
		}
	}

	/**
	 * multipart/mixed: a multipart/alternative of the text and the calendar object (the
	 * part Outlook and Apple Mail act on), and the object again as {@code invite.ics}
	 * (what Gmail offers to add).
	 */
	private static MimeMultipart withCalendar(String text, CalendarPart calendar) throws MessagingException {
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(text, "UTF-8");
		MimeBodyPart itip = new MimeBodyPart();
		byte[] object = calendar.content().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String type = "text/calendar; charset=UTF-8; method=" + calendar.method();
		itip.setDataHandler(
				new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(object, type)));
		itip.setHeader("Content-Type", type);
		itip.setHeader("Content-Transfer-Encoding", "base64");
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(plain);
		alternative.addBodyPart(itip);
		MimeBodyPart body = new MimeBodyPart();
		body.setContent(alternative);
		MimeBodyPart attachment = new MimeBodyPart();
		attachment.setDataHandler(new jakarta.activation.DataHandler(
				new jakarta.mail.util.ByteArrayDataSource(object, "application/ics; name=\"invite.ics\"")));
		attachment.setHeader("Content-Type", "application/ics; name=\"invite.ics\"");
		attachment.setHeader("Content-Transfer-Encoding", "base64");
		attachment.setDisposition(MimeBodyPart.ATTACHMENT);
		attachment.setFileName("invite.ics");
		MimeMultipart mixed = new MimeMultipart("mixed");
		mixed.addBodyPart(body);
		mixed.addBodyPart(attachment);
		return mixed;
	}

	private static InternetAddress[] addresses(List<String> emails) throws UnsupportedEncodingException {
		InternetAddress[] addresses = new InternetAddress[emails.size()];
		for (int i = 0; i < addresses.length; i++) {
			addresses[i] = new InternetAddress(emails.get(i), null, "UTF-8");
		}
		return addresses;
	}

	private static String newMessageId(String from) {
		String domain = from.substring(from.lastIndexOf('@') + 1);
		return "caso." + UUID.randomUUID() + "@" + domain;
	}

	/**
	 * A subject of at most {@value #MAX_SUBJECT} characters: "Re:" of a customer's
	 * subject of megabytes would be folded in quadratic time and refused by relays.
	 */
	static String subject(String subject) {
		return (subject.length() > MAX_SUBJECT) ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject;
	}

}
