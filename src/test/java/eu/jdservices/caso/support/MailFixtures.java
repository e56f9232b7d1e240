package eu.jdservices.caso.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.jdservices.caso.intake.MailParser.UnparseableMailException;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.ParsedMail.Address;
import eu.jdservices.caso.intake.parsing.Mime4jMailParser;

/**
 * Real-looking mails for tests of the conversation rules: the replies written by each
 * mail client ({@code src/test/resources/mail/replies}) and the Zammad corpus, read by
 * path from {@code caso.shared.dir} (never copied into the project).
 */
public final class MailFixtures {

	/** The reply fixtures, one per mail client and style. */
	public static final List<String> REPLIES = List.of("outlook-es-reply-all.eml", "outlook-es-underscores.eml",
			"outlook-es-mensaje-original.eml", "outlook-en-reply-all.eml", "gmail-es-reply-all.eml",
			"gmail-en-reply-all.eml", "apple-mail-es-reply.eml", "thunderbird-es-reply-all.eml",
			"thunderbird-en-reply-all.eml");

	private MailFixtures() {
	}

	/** A fixture of {@code src/test/resources/mail/replies}, parsed. */
	public static ParsedMail reply(String name) {
		try (InputStream in = MailFixtures.class.getResourceAsStream("/mail/replies/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture mail/replies/" + name);
			}
			return parse(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A mail of the Zammad corpus ({@code shared/corpus/zammad-mail}), parsed. */
	public static ParsedMail corpus(String name) {
		return parse(corpusBytes(name));
	}

	/** The bytes of a mail of the Zammad corpus. */
	public static byte[] corpusBytes(String name) {
		Path shared = Path.of(System.getProperty("caso.shared.dir", "../shared"));
		try {
			return Files.readAllBytes(shared.resolve("corpus").resolve("zammad-mail").resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A mail built directly, for cases where a fixture adds nothing: the given header
	 * fields, subject and text.
	 */
	public static ParsedMail mail(String from, String subject, String text, Map<String, String> headers) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		headers.forEach((name, value) -> fields.put(name.toLowerCase(Locale.ROOT), List.of(value)));
		fields.put("subject", List.of(subject));
		return new ParsedMail("test-" + subject.hashCode() + "@mail.customer.test", new Address(from, ""), null,
				List.of(new Address("b@jd-services.eu", "JD Services")), List.of(), List.of(), subject, null, List.of(),
				List.of(), fields, text, null, List.of());
	}

	/** A mail built directly with reply headers. */
	public static ParsedMail reply(String subject, List<String> inReplyTo, List<String> references) {
		return new ParsedMail("reply@mail.customer.test", new Address("marta.lopez@cliente-ejemplo.es", ""), null,
				List.of(new Address("b@jd-services.eu", "JD Services")), List.of(), List.of(), subject, null, inReplyTo,
				references, Map.of(), "", null, List.of());
	}

	/** Raw bytes (e.g. from {@link TestMails}), parsed. */
	public static ParsedMail parse(byte[] raw) {
		try {
			return new Mime4jMailParser().parse(raw);
		}
		catch (UnparseableMailException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
