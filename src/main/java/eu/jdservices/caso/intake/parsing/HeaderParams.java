package eu.jdservices.caso.intake.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A structured header value such as {@code Content-Type} or {@code Content-Disposition}:
 * the leading value (lower-cased) and its parameters (names lower-cased), with RFC 2231
 * (charset, continuations) and the common non-standard RFC 2047 encoding of parameter
 * values decoded.
 *
 * @param value the value before the first {@code ;}, lower-cased, or empty
 * @param params decoded parameters by lower-cased name
 */
record HeaderParams(String value, Map<String, String> params) {

	static final HeaderParams EMPTY = new HeaderParams("", Map.of());

	String param(String name) {
		String value = this.params.get(name);
		return (value == null || value.isBlank()) ? null : value;
	}

	static HeaderParams parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return EMPTY;
		}
		int semicolon = indexOfUnquoted(raw, 0);
		String value = raw.substring(0, (semicolon < 0) ? raw.length() : semicolon)
			.trim()
			.replace("\"", "")
			.toLowerCase(Locale.ROOT);
		Map<String, String> plain = new LinkedHashMap<>();
		Map<String, TreeMap<Integer, String[]>> extended = new LinkedHashMap<>();
		int pos = semicolon;
		while (pos >= 0 && pos < raw.length()) {
			int end = indexOfUnquoted(raw, pos + 1);
			String piece = raw.substring(pos + 1, (end < 0) ? raw.length() : end);
			addParam(piece, plain, extended);
			pos = end;
		}
		Map<String, String> params = new LinkedHashMap<>();
		plain.forEach((name, v) -> params.put(name, EncodedWords.decode(v)));
		extended.forEach((name, sections) -> {
			String decoded = decodeExtended(sections);
			if (decoded != null && !decoded.isBlank()) {
				params.put(name, decoded);
			}
		});
		return new HeaderParams(value, params);
	}

	private static void addParam(String piece, Map<String, String> plain,
			Map<String, TreeMap<Integer, String[]>> extended) {
		int eq = piece.indexOf('=');
		if (eq <= 0) {
			return;
		}
		String name = piece.substring(0, eq).trim().toLowerCase(Locale.ROOT);
		String value = unquote(piece.substring(eq + 1).trim());
		int star = name.indexOf('*');
		if (star < 0) {
			plain.putIfAbsent(name, value);
			return;
		}
		String base = name.substring(0, star);
		String suffix = name.substring(star + 1);
		boolean encoded = suffix.endsWith("*") || suffix.isEmpty();
		String index = suffix.endsWith("*") ? suffix.substring(0, suffix.length() - 1) : suffix;
		int section = 0;
		if (!index.isEmpty()) {
			try {
				section = Integer.parseInt(index);
			}
			catch (NumberFormatException ex) {
				return;
			}
		}
		extended.computeIfAbsent(base, (key) -> new TreeMap<>())
			.putIfAbsent(section, new String[] { value, encoded ? "*" : "" });
	}

	private static String decodeExtended(TreeMap<Integer, String[]> sections) {
		String charset = null;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		boolean first = true;
		for (String[] section : sections.values()) {
			String value = section[0];
			boolean encoded = !section[1].isEmpty();
			if (encoded && first) {
				int q1 = value.indexOf('\'');
				int q2 = (q1 >= 0) ? value.indexOf('\'', q1 + 1) : -1;
				if (q2 > q1) {
					charset = value.substring(0, q1);
					value = value.substring(q2 + 1);
				}
			}
			first = false;
			if (encoded) {
				percentDecode(value, bytes);
			}
			else {
				bytes.writeBytes(value.getBytes(StandardCharsets.UTF_8));
			}
		}
		String decoded = Charsets.decode(bytes.toByteArray(), (charset == null || charset.isBlank()) ? null : charset);
		return EncodedWords.decode(decoded);
	}

	private static void percentDecode(String value, ByteArrayOutputStream out) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '%' && i + 2 < value.length() && Character.digit(value.charAt(i + 1), 16) >= 0
					&& Character.digit(value.charAt(i + 2), 16) >= 0) {
				out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	private static String unquote(String value) {
		if (!value.startsWith("\"")) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 1; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				out.append(value.charAt(++i));
			}
			else if (c == '"') {
				break;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Index of the next {@code ;} outside a quoted string, or -1. */
	private static int indexOfUnquoted(String raw, int from) {
		boolean quoted = false;
		for (int i = from; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (quoted && c == '\\') {
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ';' && !quoted) {
				return i;
			}
		}
		return -1;
	}

}
