package eu.jdservices.caso.intake.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient RFC 2047 decoder: adjacent encoded words in the same charset are joined before
 * decoding (so a multi-byte character split over two words survives), white space between
 * encoded words is dropped, unknown charsets fall back as described in {@link Charsets}.
 */
final class EncodedWords {

	private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?]*)\\?=");

	private EncodedWords() {
	}

	static String decode(String text) {
		if (text == null || !text.contains("=?")) {
			return text;
		}
		Matcher matcher = WORD.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		ByteArrayOutputStream pending = new ByteArrayOutputStream();
		String pendingCharset = null;
		int last = 0;
		while (matcher.find()) {
			String between = text.substring(last, matcher.start());
			boolean adjacent = pendingCharset != null && between.isBlank();
			if (!adjacent) {
				flush(out, pending, pendingCharset);
				pendingCharset = null;
				out.append(between);
			}
			String charset = matcher.group(1);
			if (pendingCharset != null && !pendingCharset.equalsIgnoreCase(charset)) {
				flush(out, pending, pendingCharset);
			}
			pendingCharset = charset;
			byte[] bytes = "b".equalsIgnoreCase(matcher.group(2)) ? decodeB(matcher.group(3))
					: decodeQ(matcher.group(3));
			pending.writeBytes(bytes);
			last = matcher.end();
		}
		flush(out, pending, pendingCharset);
		out.append(text.substring(last));
		return out.toString();
	}

	private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
		if (charset != null) {
			out.append(Charsets.decode(pending.toByteArray(), charset));
		}
		pending.reset();
	}

	static byte[] decodeB(String text) {
		StringBuilder clean = new StringBuilder(text.length() + 3);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
				clean.append(c);
			}
		}
		int rest = clean.length() % 4;
		if (rest == 1) {
			clean.setLength(clean.length() - 1);
		}
		else if (rest > 1) {
			clean.append("=".repeat(4 - rest));
		}
		try {
			return Base64.getDecoder().decode(clean.toString());
		}
		catch (IllegalArgumentException ex) {
			return text.getBytes(StandardCharsets.ISO_8859_1);
		}
	}

	private static byte[] decodeQ(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '_') {
				out.write(' ');
			}
			else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
				out.write(Integer.parseInt(text.substring(i + 1, i + 3).toUpperCase(Locale.ROOT), 16));
				i += 2;
			}
			else if (c < 256) {
				out.write(c);
			}
			else {
				out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

	private static boolean isHex(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

}
