package eu.jdservices.caso.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The calendar clients' replies of {@code src/test/resources/mail/meetings}, made to
 * answer one test's meeting: every text part (the calendar object included, whatever its
 * transfer encoding) and the address and subject headers get the test's UID, addresses
 * and case number in place of the fixture's; the Message-ID and the structure stay.
 */
public final class CalendarFixtures {

	/** The UID the fixtures answer. */
	public static final String UID = "caso-5d2c1f0e-7a4b-4c36-9e8f-2b1a6c9d3e47@jd-services.eu";

	/** The customer's domain in the fixtures. */
	public static final String DOMAIN = "hosteleria-tenerife.es";

	/** The case number in the fixtures' tags. */
	public static final String CASE = "#4711";

	private CalendarFixtures() {
	}

	/**
	 * The fixture with each key replaced by its value, and a fresh Message-ID when
	 * {@code messageId} is given.
	 */
	public static byte[] load(String name, Map<String, String> replacements, String messageId) throws IOException {
		try (InputStream in = CalendarFixtures.class.getResourceAsStream("/mail/meetings/" + name)) {
			if (in == null) {
				throw new IOException("No fixture mail/meetings/" + name);
			}
			String originalId;
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			originalId = (messageId != null) ? "<" + messageId + ">" : message.getMessageID();
			MimeMessage rewritten = new MimeMessage(message) {
				@Override
				protected void updateMessageID() throws MessagingException {
					setHeader("Message-ID", originalId);
				}
			};
			for (String header : new String[] { "From", "To", "Reply-To", "Return-Path", "Subject" }) {
				String[] values = rewritten.getHeader(header);
				if (values != null) {
					String value = jakarta.mail.internet.MimeUtility
						.decodeText(String.join(" ", values).replace("\n", ""));
					if (header.equals("Subject")) {
						rewritten.setSubject(replace(value, replacements), "UTF-8");
					}
					else {
						rewritten.setHeader(header, replace(value, replacements));
					}
				}
			}
			rewrite(rewritten, replacements);
			rewritten.saveChanges();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			rewritten.writeTo(out);
			return out.toByteArray();
		}
		catch (MessagingException ex) {
			throw new IOException(ex);
		}
	}

	private static void rewrite(Part part, Map<String, String> replacements) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				rewrite(child, replacements);
			}
			part.setContent(multipart);
			return;
		}
		if (!part.isMimeType("text/*") && !part.isMimeType("application/ics")) {
			return;
		}
		String type = part.getContentType();
		String charsetName = new ContentType(type).getParameter("charset");
		Charset charset = (charsetName != null) ? Charset.forName(charsetName) : StandardCharsets.UTF_8;
		String[] encoding = part.getHeader("Content-Transfer-Encoding");
		String disposition = part.getDisposition();
		String fileName = part.getFileName();
		String text = new String(part.getInputStream().readAllBytes(), charset);
		part.setDataHandler(
				new DataHandler(new ByteArrayDataSource(replace(text, replacements).getBytes(charset), type)));
		part.setHeader("Content-Type", type);
		if (encoding != null) {
			part.setHeader("Content-Transfer-Encoding", encoding[0]);
		}
		if (disposition != null) {
			part.setDisposition(disposition);
			if (fileName != null) {
				part.setFileName(fileName);
			}
		}
	}

	private static String replace(String text, Map<String, String> replacements) {
		String result = text;
		for (Map.Entry<String, String> replacement : replacements.entrySet()) {
			result = result.replace(replacement.getKey(), replacement.getValue());
		}
		return result;
	}

}
