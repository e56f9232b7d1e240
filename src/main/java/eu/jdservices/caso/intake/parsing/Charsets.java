package eu.jdservices.caso.intake.parsing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charset lookup and lenient decoding for mail content. Order: the declared charset
 * (common aliases resolved, e.g. {@code utf8}, {@code latin1}, {@code ks_c_5601-1987};
 * UTF-7 decoded here) when it decodes cleanly; else UTF-8 when it decodes cleanly; else a
 * related charset of the same language family (mislabelled Japanese or Chinese); else a
 * known multi-byte declared charset with replacement characters; else windows-1252.
 */
final class Charsets {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final String UTF_7 = "utf-7";

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("utf8", "UTF-8"),
			Map.entry("utf-8", "UTF-8"), Map.entry("latin1", "windows-1252"), Map.entry("latin-1", "windows-1252"),
			Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
			Map.entry("iso_8859-1", "windows-1252"), Map.entry("us-ascii", "US-ASCII"), Map.entry("ascii", "US-ASCII"),
			Map.entry("ansi_x3.4-1968", "US-ASCII"), Map.entry("ks_c_5601-1987", "x-windows-949"),
			Map.entry("ks_c_5601", "x-windows-949"), Map.entry("euc-kr", "x-windows-949"),
			Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
			Map.entry("cp-850", "IBM850"), Map.entry("cp-1252", "windows-1252"), Map.entry("cp-1251", "windows-1251"),
			Map.entry("cp-1250", "windows-1250"), Map.entry("iso-8859-8-i", "ISO-8859-8"),
			Map.entry("shift-jis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"), Map.entry("unicode-1-1-utf-7", UTF_7),
			Map.entry("utf-7", UTF_7), Map.entry("x-utf-7", UTF_7));

	/** Charsets tried when a mail is mislabelled within a language family. */
	private static final Map<String, List<String>> FAMILIES = Map.of("ISO-2022-JP", List.of("windows-31j", "EUC-JP"),
			"Shift_JIS", List.of("windows-31j", "EUC-JP", "ISO-2022-JP"), "windows-31j",
			List.of("EUC-JP", "ISO-2022-JP"), "EUC-JP", List.of("windows-31j", "ISO-2022-JP"), "Big5",
			List.of("Big5-HKSCS", "GB18030"), "GB18030", List.of("Big5-HKSCS"));

	private Charsets() {
	}

	/**
	 * Decodes bytes declared to be in the given charset (may be {@code null} or unknown).
	 */
	static String decode(byte[] bytes, String declared) {
		if (bytes.length == 0) {
			return "";
		}
		String label = normalize(declared);
		if (isUtf7(label)) {
			return Utf7.decode(new String(bytes, StandardCharsets.ISO_8859_1));
		}
		Charset charset = lookup(label);
		if (charset != null) {
			String strict = decodeStrict(bytes, charset);
			if (strict != null) {
				return strict;
			}
		}
		if (charset == null || !StandardCharsets.UTF_8.equals(charset)) {
			String utf8 = decodeStrict(bytes, StandardCharsets.UTF_8);
			if (utf8 != null) {
				return utf8;
			}
		}
		for (String relative : (charset != null) ? FAMILIES.getOrDefault(charset.name(), List.of())
				: List.<String>of()) {
			Charset other = forName(relative);
			String decoded = (other != null) ? decodeStrict(bytes, other) : null;
			if (decoded != null) {
				return decoded;
			}
		}
		if (charset != null && !isSingleByte(charset) && !StandardCharsets.UTF_8.equals(charset)) {
			return new String(bytes, charset);
		}
		return new String(bytes, WINDOWS_1252);
	}

	/**
	 * Decodes header bytes: ASCII, else UTF-8 when valid, else the first candidate
	 * charset (the mail's declared charsets) that decodes them cleanly, multi-byte
	 * charsets first, else as {@link #decode} with the first.
	 */
	static String decodeHeader(byte[] bytes, List<String> candidates) {
		boolean ascii = true;
		for (byte b : bytes) {
			if (b < 0) {
				ascii = false;
				break;
			}
		}
		if (ascii) {
			return new String(bytes, StandardCharsets.US_ASCII);
		}
		String utf8 = decodeStrict(bytes, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return utf8;
		}
		for (boolean multiByte : new boolean[] { true, false }) {
			for (String candidate : candidates) {
				Charset charset = lookup(candidate);
				if (charset != null && isSingleByte(charset) != multiByte) {
					String decoded = decodeStrict(bytes, charset);
					if (decoded != null) {
						return decoded;
					}
				}
			}
		}
		return decode(bytes, candidates.isEmpty() ? null : candidates.get(0));
	}

	static boolean isUtf7(String declared) {
		String label = normalize(declared);
		return label != null && UTF_7.equals(ALIASES.getOrDefault(label, label));
	}

	/**
	 * The charset for a label, or {@code null} when unknown (UTF-7 is not a Java charset:
	 * see {@link Utf7}).
	 */
	static Charset lookup(String declared) {
		String label = normalize(declared);
		if (label == null || label.isEmpty()) {
			return null;
		}
		String name = ALIASES.getOrDefault(label, label);
		if (UTF_7.equals(name)) {
			return null;
		}
		Charset charset = forName(name);
		if (charset == null && name.startsWith("x-")) {
			charset = forName(name.substring(2));
		}
		if (charset == null && "x-windows-949".equals(name)) {
			charset = forName("EUC-KR");
		}
		if (charset == null && name.matches("cp-?\\d+")) {
			charset = forName("windows-" + name.replaceAll("\\D", ""));
		}
		return charset;
	}

	private static Charset forName(String name) {
		try {
			return Charset.isSupported(name) ? Charset.forName(name) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String normalize(String declared) {
		if (declared == null) {
			return null;
		}
		String label = declared.trim();
		if (label.length() > 1 && label.startsWith("\"") && label.endsWith("\"")) {
			label = label.substring(1, label.length() - 1).trim();
		}
		int star = label.indexOf('*');
		if (star > 0) {
			label = label.substring(0, star);
		}
		return label.toLowerCase(Locale.ROOT);
	}

	static String decodeStrict(byte[] bytes, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return chars.toString();
		}
		catch (CharacterCodingException | RuntimeException ex) {
			return null;
		}
	}

	private static boolean isSingleByte(Charset charset) {
		try {
			return charset.newEncoder().maxBytesPerChar() <= 1.0f;
		}
		catch (UnsupportedOperationException ex) {
			return false;
		}
	}

	/** A small UTF-7 (RFC 2152) decoder. */
	static final class Utf7 {

		private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

		private Utf7() {
		}

		static String decode(String in) {
			StringBuilder out = new StringBuilder(in.length());
			int i = 0;
			while (i < in.length()) {
				char c = in.charAt(i);
				if (c != '+') {
					out.append(c);
					i++;
					continue;
				}
				int j = i + 1;
				if (j < in.length() && in.charAt(j) == '-') {
					out.append('+');
					i = j + 1;
					continue;
				}
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				int buffer = 0;
				int bits = 0;
				while (j < in.length() && BASE64.indexOf(in.charAt(j)) >= 0) {
					buffer = (buffer << 6) | BASE64.indexOf(in.charAt(j));
					bits += 6;
					if (bits >= 8) {
						bits -= 8;
						bytes.write((buffer >> bits) & 0xFF);
					}
					j++;
				}
				out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_16BE));
				if (j < in.length() && in.charAt(j) == '-') {
					j++;
				}
				i = j;
			}
			return out.toString();
		}

	}

}
