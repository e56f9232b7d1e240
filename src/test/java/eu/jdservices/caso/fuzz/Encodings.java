package eu.jdservices.caso.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Broken encodings for {@link Mutation}: transfer encodings, RFC 2047 words, RFC 2231
 * parameters and charsets.
 */
final class Encodings {

	private static final Pattern TRANSFER_ENCODING = Pattern
		.compile("(?im)^(content-transfer-encoding[ \\t]*:)[^\\r\\n]*");

	private static final Pattern BASE64_LINE = Pattern.compile("(?m)^[A-Za-z0-9+/=]{16,}\\r?$");

	private static final Pattern CHARSET = Pattern.compile("(?i)(charset\\s*=\\s*)(\"[^\"\\r\\n]*\"|[^;\\s]+)");

	private static final List<String> TRANSFER_ENCODINGS = List.of("base64", "quoted-printable", "x-uuencode", "base65",
			"7bit8bit", "", "binary", "BASE64; junk", "quoted-printable quoted-printable", "uuencode");

	private static final List<String> ENCODED_WORDS = List.of("=?utf-8?B?!!!!?=", "=?utf-8?Q?=ZZ=?=",
			"=?x-bogus?B?SGVsbG8=?=", "=?utf-8?B?SGVsbG8", "=?".repeat(10_000), "=?utf-8?Q?=C3?= ".repeat(10_000),
			"=?utf-16?B?QQ==?=", "=?utf-7?Q?+AGEAYgBj-?= =?unicode-1-1-utf-7?Q?+////////?=", "=?iso-2022-jp?B?GyRC?=",
			"=??B??=", "=?utf-8*es?Q?x?=", "=?utf-8?X?abc?=", "=?" + "a".repeat(100_000) + "?B?QUJD?=",
			"=?utf-8?B?" + "QUJD".repeat(100_000) + "?=", "=?windows-1252?Q?caf=E9_=?= =?utf-8?Q?=E2=82?=");

	private static final List<String> PARAMETERS = List.of("filename*0*=utf-8''%ZZ%E9; filename*1=x",
			"filename*99999999999=y", "filename*=bogus''%", "filename*=''", "filename=\"=?utf-8?B?!!?=\"",
			"filename*0=a; filename*0=b; filename*2=c", "filename*=utf-8'es'" + "%41".repeat(50_000),
			"name=\"unterminated", "filename=" + "x".repeat(100_000));

	private static final List<String> CHARSETS = List.of("x-bogus", "utf-16", "utf-32", "", "\"\"", "c".repeat(1000),
			"utf-7", "unicode-1-1-utf-7", "iso-2022-jp", "../../etc/passwd", "UTF-8\0", "cp-99999", "x-", "IBM037",
			"UTF-16LE", "ks_c_5601-1987", "windows-1258", "gb2312", "\"utf-8", "*", "utf-8*es");

	private Encodings() {
	}

	static String breakTransferEncodings(String mail, Random random) {
		String text = mail;
		for (int step = 1 + random.nextInt(3); step > 0; step--) {
			text = switch (random.nextInt(4)) {
				case 0 -> lieAboutTransferEncodings(text, random);
				case 1 -> damageBase64(text, random);
				case 2 -> insertRandomly(text, random, List.of("=ZZ", "=", "=0", "=\r", "=\n", "=\r\n"), 50)
						+ (random.nextBoolean() ? "=" : "");
				default -> RawText.withField(text, "Content-Transfer-Encoding", "x-uuencode") + RawText.eol(text)
						+ "begin 644 x.txt" + RawText.eol(text) + "M" + "\u00ff~`".repeat(30) + RawText.eol(text)
						+ "\u0001" + RawText.eol(text) + "end";
			};
		}
		return text;
	}

	private static String lieAboutTransferEncodings(String mail, Random random) {
		Matcher matcher = TRANSFER_ENCODING.matcher(mail);
		if (!matcher.find()) {
			return RawText.withField(mail, "Content-Transfer-Encoding", Mutation.pick(random, TRANSFER_ENCODINGS));
		}
		StringBuilder out = new StringBuilder();
		do {
			matcher.appendReplacement(out,
					Matcher.quoteReplacement(matcher.group(1) + " " + Mutation.pick(random, TRANSFER_ENCODINGS)));
		}
		while (matcher.find());
		return matcher.appendTail(out).toString();
	}

	private static String damageBase64(String mail, Random random) {
		Matcher matcher = BASE64_LINE.matcher(mail);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String line = matcher.group();
			if (random.nextInt(4) == 0) {
				int at = random.nextInt(line.length());
				line = line.substring(0, at)
						+ Mutation.pick(random, List.of("!!", "====", "*", "\0", "\u00e9", "", "=A", "\t"))
						+ line.substring(at + 1);
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(line));
		}
		return matcher.appendTail(out).toString();
	}

	static String breakEncodedWords(String mail, Random random) {
		String text = mail;
		for (int step = 1 + random.nextInt(3); step > 0; step--) {
			String word = Mutation.pick(random, ENCODED_WORDS);
			text = switch (random.nextInt(4)) {
				case 0 -> RawText.withField(text, "Subject", word);
				case 1 -> RawText.withField(text, "From", word + " <fuzz@customer.test>");
				case 2 ->
					RawText.withField(text, "Content-Disposition", "attachment; " + Mutation.pick(random, PARAMETERS));
				default -> RawText.withField(text, "To", word + " <c@jd-services.eu>, " + word);
			};
		}
		return text;
	}

	static String bogusCharsets(String mail, Random random) {
		Matcher matcher = CHARSET.matcher(mail);
		String text;
		if (matcher.find()) {
			StringBuilder out = new StringBuilder();
			do {
				matcher.appendReplacement(out,
						Matcher.quoteReplacement(matcher.group(1) + Mutation.pick(random, CHARSETS)));
			}
			while (matcher.find());
			text = matcher.appendTail(out).toString();
		}
		else {
			text = RawText.withField(mail, "Content-Type", "text/plain; charset=" + Mutation.pick(random, CHARSETS));
		}
		if (random.nextBoolean()) {
			StringBuilder bytes = new StringBuilder(text);
			int bodyStart = RawText.bodyStart(text);
			for (int i = 1 + random.nextInt(200); i > 0 && bytes.length() > bodyStart; i--) {
				int at = bodyStart + random.nextInt(bytes.length() - bodyStart);
				bytes.setCharAt(at, (char) (128 + random.nextInt(128)));
			}
			text = bytes.toString();
		}
		return text;
	}

	/** The text with up to {@code max} of the pieces inserted at random places. */
	static String insertRandomly(String text, Random random, List<String> pieces, int max) {
		StringBuilder out = new StringBuilder(text);
		int bodyStart = RawText.bodyStart(text);
		for (int i = 1 + random.nextInt(max); i > 0; i--) {
			out.insert(bodyStart + random.nextInt(out.length() - bodyStart + 1), Mutation.pick(random, pieces));
		}
		return out.toString();
	}

}
