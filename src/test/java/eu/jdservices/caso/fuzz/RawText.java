package eu.jdservices.caso.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw mail as text, one char per byte (ISO-8859-1), so that mutations can edit it with
 * string operations and give back exactly the bytes they meant: the header section, the
 * body, the line end the mail uses and its MIME boundaries.
 */
final class RawText {

	private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?");

	private RawText() {
	}

	static String of(byte[] raw) {
		return new String(raw, StandardCharsets.ISO_8859_1);
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** The line end the mail uses: CRLF when it has any, else LF. */
	static String eol(String mail) {
		return mail.contains("\r\n") ? "\r\n" : "\n";
	}

	/** Where the body starts (after the blank line), or the length when there is none. */
	static int bodyStart(String mail) {
		int crlf = mail.indexOf("\r\n\r\n");
		int lf = mail.indexOf("\n\n");
		if (crlf >= 0 && (lf < 0 || crlf < lf)) {
			return crlf + 4;
		}
		return (lf >= 0) ? lf + 2 : mail.length();
	}

	/** The header section, without the blank line that ends it. */
	static String header(String mail) {
		int start = bodyStart(mail);
		return mail.substring(0, start).stripTrailing();
	}

	static String body(String mail) {
		return mail.substring(bodyStart(mail));
	}

	/** The header fields of the top-level header section, each with its folded lines. */
	static List<String> fields(String mail) {
		List<String> fields = new ArrayList<>();
		for (String line : header(mail).split("\r?\n")) {
			if (!fields.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
				fields.set(fields.size() - 1, fields.getLast() + eol(mail) + line);
			}
			else {
				fields.add(line);
			}
		}
		return fields;
	}

	/** The mail with the given header fields and the same body. */
	static String withFields(String mail, List<String> fields) {
		String eol = eol(mail);
		return String.join(eol, fields) + eol + eol + body(mail);
	}

	/** The mail with this header field first. */
	static String withFieldFirst(String mail, String field) {
		return field + eol(mail) + mail;
	}

	/** Replaces every top-level field of this name by one with the value (or adds it). */
	static String withField(String mail, String name, String value) {
		List<String> fields = new ArrayList<>();
		boolean replaced = false;
		for (String field : fields(mail)) {
			if (isNamed(field, name)) {
				if (!replaced) {
					fields.add(name + ": " + value);
					replaced = true;
				}
			}
			else {
				fields.add(field);
			}
		}
		if (!replaced) {
			fields.add(name + ": " + value);
		}
		return withFields(mail, fields);
	}

	static boolean isNamed(String field, String name) {
		int colon = field.indexOf(':');
		return colon > 0
				&& field.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
	}

	/** The MIME boundaries the mail declares anywhere, in order. */
	static List<String> boundaries(String mail) {
		List<String> boundaries = new ArrayList<>();
		Matcher matcher = BOUNDARY.matcher(mail);
		while (matcher.find()) {
			String boundary = matcher.group(1).strip();
			if (!boundary.isEmpty() && !boundaries.contains(boundary)) {
				boundaries.add(boundary);
			}
		}
		return boundaries;
	}

	/**
	 * The mail as a part of another: its content header fields (type, encoding,
	 * disposition) and its body; a text/plain part when it declares none.
	 */
	static String asPart(String mail) {
		String eol = eol(mail);
		StringBuilder part = new StringBuilder();
		boolean typed = false;
		for (String field : fields(mail)) {
			if (field.regionMatches(true, 0, "content-", 0, 8)) {
				part.append(field).append(eol);
				typed |= isNamed(field, "content-type");
			}
		}
		if (!typed) {
			part.append("Content-Type: text/plain; charset=us-ascii").append(eol);
		}
		return part.append(eol).append(body(mail)).toString();
	}

	/** A top-level header for a wrapper around a mail: its From, To, Subject, Date. */
	static String envelopeFields(String mail) {
		StringBuilder fields = new StringBuilder();
		for (String field : fields(mail)) {
			for (String name : List.of("from", "to", "cc", "subject", "date", "message-id")) {
				if (isNamed(field, name)) {
					fields.append(field).append(eol(mail));
				}
			}
		}
		return fields.toString();
	}

}
