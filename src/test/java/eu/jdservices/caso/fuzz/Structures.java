package eu.jdservices.caso.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * MIME structures built around a real mail for {@link Mutation}: multiparts (nested, or
 * with thousands of parts), attached mails nested in each other, another body.
 */
final class Structures {

	private static final String CRLF = "\r\n";

	private Structures() {
	}

	/** The mail itself when it is a multipart, else the mail inside one, with a note. */
	static String multipart(String mail, Random random) {
		if (!RawText.boundaries(mail).isEmpty()) {
			return mail;
		}
		String boundary = "fuzz-" + random.nextInt(1000);
		return RawText.envelopeFields(mail) + "MIME-Version: 1.0" + CRLF + "Content-Type: multipart/mixed; boundary=\""
				+ boundary + "\"" + CRLF + CRLF + "preamble" + CRLF + "--" + boundary + CRLF + RawText.asPart(mail)
				+ CRLF + "--" + boundary + CRLF + "Content-Type: text/plain" + CRLF + CRLF + "a note" + CRLF + "--"
				+ boundary + "--" + CRLF;
	}

	/** The mail as the innermost part of multiparts nested {@code depth} deep. */
	static String nestedMultiparts(String mail, int depth, Random random) {
		int style = random.nextInt(3);
		boolean closed = random.nextBoolean();
		StringBuilder out = new StringBuilder(RawText.envelopeFields(mail)).append("MIME-Version: 1.0").append(CRLF);
		for (int level = 0; level < depth; level++) {
			out.append("Content-Type: multipart/mixed; boundary=\"")
				.append(boundary(style, level))
				.append('"')
				.append(CRLF)
				.append(CRLF)
				.append("--")
				.append(boundary(style, level))
				.append(CRLF);
		}
		out.append(RawText.asPart(mail)).append(CRLF);
		for (int level = depth - 1; level >= 0 && closed; level--) {
			out.append("--").append(boundary(style, level)).append("--").append(CRLF);
		}
		return out.toString();
	}

	/** Distinct boundaries, the same at every level, or each a prefix of the next. */
	private static String boundary(int style, int level) {
		return switch (style) {
			case 0 -> "nest-" + level;
			case 1 -> "nest";
			default -> "n" + "1".repeat(Math.min(level, 60)) + ((level > 60) ? "-" + level : "");
		};
	}

	/**
	 * A multipart of {@code parts} parts: the mail first, then small parts of all kinds.
	 */
	static String manyParts(String mail, int parts, Random random) {
		String boundary = "many-" + random.nextInt(1000);
		String container = Mutation.pick(random,
				List.of("multipart/mixed", "multipart/mixed", "multipart/alternative", "multipart/related"));
		StringBuilder out = new StringBuilder(RawText.envelopeFields(mail)).append("MIME-Version: 1.0")
			.append(CRLF)
			.append("Content-Type: ")
			.append(container)
			.append("; boundary=\"")
			.append(boundary)
			.append('"')
			.append(CRLF)
			.append(CRLF)
			.append("--")
			.append(boundary)
			.append(CRLF)
			.append(RawText.asPart(mail))
			.append(CRLF);
		for (int i = 1; i < parts; i++) {
			out.append("--").append(boundary).append(CRLF).append(smallPart(i, random)).append(CRLF);
		}
		return out.append("--").append(boundary).append("--").append(CRLF).toString();
	}

	private static String smallPart(int i, Random random) {
		return switch (random.nextInt(7)) {
			case 0 -> "Content-Type: text/plain; charset=utf-8" + CRLF + CRLF + "part " + i;
			case 1 -> "Content-Type: text/html" + CRLF + CRLF + "<p>part " + i + "</p>";
			case 2 -> "Content-Type: image/png" + CRLF + "Content-Transfer-Encoding: base64" + CRLF + CRLF
					+ "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
			case 3 -> "Content-Type: application/pdf; name=\"informe.pdf\"" + CRLF
					+ "Content-Disposition: attachment; filename=\"informe.pdf\"" + CRLF + CRLF + "%PDF-1.4 " + i;
			case 4 -> "Content-Type: message/rfc822" + CRLF + CRLF + "Subject: attached " + i + CRLF + CRLF + "hello";
			case 5 ->
				"Content-Type: image/gif" + CRLF + "Content-ID: <img" + (i % 10) + "@fuzz>" + CRLF + CRLF + "GIF89a";
			default -> CRLF + "a part without header fields " + i;
		};
	}

	/**
	 * The mail attached as {@code message/rfc822} in a mail attached in a mail …,
	 * {@code depth} levels; with {@code inMultiparts} each level is a multipart/mixed
	 * with a text and the attached mail.
	 */
	static String nestedMessages(String mail, int depth, boolean inMultiparts) {
		StringBuilder out = new StringBuilder();
		for (int level = 0; level < depth; level++) {
			out.append("From: level").append(level).append("@customer.test").append(CRLF);
			out.append("Subject: Fwd: level ").append(level).append(CRLF);
			out.append("MIME-Version: 1.0").append(CRLF);
			if (inMultiparts) {
				out.append("Content-Type: multipart/mixed; boundary=\"level-")
					.append(level)
					.append('"')
					.append(CRLF)
					.append(CRLF);
				out.append("--level-").append(level).append(CRLF).append(CRLF).append("see attached").append(CRLF);
				out.append("--level-").append(level).append(CRLF);
			}
			out.append("Content-Type: message/rfc822").append(CRLF).append(CRLF);
		}
		out.append(mail);
		for (int level = depth - 1; level >= 0 && inMultiparts; level--) {
			out.append(CRLF).append("--level-").append(level).append("--").append(CRLF);
		}
		return out.toString();
	}

	/**
	 * The mail's header fields (without its content fields) and a new body, in UTF-8.
	 */
	static String withTextBody(String mail, String body, String type) {
		StringBuilder out = new StringBuilder();
		for (String field : RawText.fields(mail)) {
			if (!field.regionMatches(true, 0, "content-", 0, 8)) {
				out.append(field).append(CRLF);
			}
		}
		return out.append("Content-Type: ")
			.append(type)
			.append("; charset=utf-8")
			.append(CRLF)
			.append("Content-Transfer-Encoding: 8bit")
			.append(CRLF)
			.append(CRLF)
			.append(RawText.of(body.getBytes(StandardCharsets.UTF_8)))
			.toString();
	}

}
