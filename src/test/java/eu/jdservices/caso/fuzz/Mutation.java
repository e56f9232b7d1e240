package eu.jdservices.caso.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a real mail is broken for fuzzing, one named strategy each: what a careless
 * mail client, a broken gateway or a hostile sender could put on the wire. Each takes the
 * original bytes and a {@link Random} (all its choices come from it) and gives the
 * mutated bytes; none is bigger than a few megabytes.
 */
public enum Mutation {

	/**
	 * Up to 32 bytes set to another value or with one bit flipped, half in the header.
	 */
	BYTE_FLIPS {
		@Override
		byte[] apply(byte[] mail, Random random) {
			byte[] out = mail.clone();
			if (out.length == 0) {
				return out;
			}
			int headerEnd = RawText.bodyStart(RawText.of(mail));
			for (int flips = 1 + random.nextInt(32); flips > 0; flips--) {
				int at = (random.nextBoolean() && headerEnd > 0) ? random.nextInt(headerEnd)
						: random.nextInt(out.length);
				out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8)))
						: (byte) random.nextInt(256);
			}
			return out;
		}
	},

	/** Cut short: inside the header, just after a MIME delimiter, or anywhere. */
	TRUNCATION {
		@Override
		byte[] apply(byte[] mail, Random random) {
			String text = RawText.of(mail);
			List<Integer> delimiters = new ArrayList<>();
			for (String boundary : RawText.boundaries(text)) {
				for (int at = text.indexOf("--" + boundary); at >= 0; at = text.indexOf("--" + boundary, at + 1)) {
					delimiters.add(at + random.nextInt(boundary.length() + 5));
				}
			}
			int cut = switch (random.nextInt(3)) {
				case 0 -> random.nextInt(RawText.bodyStart(text) + 1);
				case 1 -> delimiters.isEmpty() ? random.nextInt(text.length() + 1)
						: delimiters.get(random.nextInt(delimiters.size()));
				default -> random.nextInt(text.length() + 1);
			};
			return RawText.bytes(text.substring(0, Math.min(cut, text.length())));
		}
	},

	/**
	 * A header field repeated (up to 10,000 times), a conflicting second From,
	 * Content-Type or Message-ID, or 10,000 distinct fields.
	 */
	DUPLICATED_HEADERS {
		@Override
		byte[] apply(byte[] mail, Random random) {
			String text = RawText.of(mail);
			List<String> fields = new ArrayList<>(RawText.fields(text));
			switch (random.nextInt(3)) {
				case 0 -> {
					String field = pick(random, fields);
					int copies = pick(random, List.of(2, 3, 10, 100, 1000, 10_000));
					copies = Math.min(copies, MAX_GROWTH / (field.length() + 2));
					for (int i = 0; i < copies; i++) {
						fields.add(random.nextInt(fields.size() + 1), field);
					}
				}
				case 1 -> {
					for (String conflict : List.of("From: Someone Else <other@elsewhere.test>",
							"Content-Type: multipart/mixed; boundary=\"conflict\"", "Content-Transfer-Encoding: base64",
							"Message-ID: <conflict@elsewhere.test>", "Sender: other@elsewhere.test",
							"Subject: =?utf-8?B?Q29uZmxpY3Q=?=", "MIME-Version: 2.0")) {
						if (random.nextBoolean()) {
							fields.add(random.nextInt(fields.size() + 1), conflict);
						}
					}
				}
				default -> {
					for (int i = 0; i < 10_000; i++) {
						fields.add("X-Fuzz-" + i + ": value " + i);
					}
				}
			}
			return RawText.bytes(RawText.withFields(text, fields));
		}
	},

	/**
	 * One header field of about 1 MB (or a tenth): a subject without spaces or of reply
	 * prefixes, a huge display name or From address, thousands of recipients or
	 * references, a long boundary or report type, a huge Sender or automatic-mail field,
	 * a folded field, a field name without a colon.
	 */
	OVERSIZED_HEADER {
		@Override
		byte[] apply(byte[] mail, Random random) {
			String text = RawText.of(mail);
			String field = switch (random.nextInt(13)) {
				case 0 -> "Subject: " + repeat(random, "abcdefghijklmnopqrstuvwxyz");
				case 1 ->
					"Subject: " + repeat(random, pick(random, List.of("Re: ", "RE: AW: Fwd: ", "re:", "Re[2]: ")));
				case 2 -> "From: \"" + repeat(random, "Nombre Apellido ") + "\" <fuzz@customer.test>";
				case 3 -> "To: " + numbered(random, "user%d@customer.test, ");
				case 4 -> "References: " + numbered(random, "<id%d@customer.test> ");
				case 5 -> "Content-Type: multipart/mixed; boundary=\"" + repeat(random, "0123456789") + "\"";
				case 6 -> "Content-Type: text/plain; " + numbered(random, "p%d=v; ");
				case 7 -> "X-Folded: " + repeat(random, "folded-line-of-text-" + "x".repeat(50) + "\r\n ");
				case 8 -> "Sender: " + repeat(random, pick(random, List.of("x-l+", "owner-", "a.b-")));
				case 9 -> "Content-Type: multipart/report; " + repeat(random, "report-type=");
				case 10 ->
					pick(random, List.of("Auto-Submitted: ", "Precedence: ", "Return-Path: ")) + repeat(random, "no ");
				case 11 -> "From: " + repeat(random, "a") + "@customer.test";
				default -> repeat(random, "X-No-Colon-");
			};
			List<String> fields = new ArrayList<>(RawText.fields(text));
			String name = field.substring(0, Math.max(0, field.indexOf(':')));
			fields.removeIf((existing) -> !name.isEmpty() && random.nextBoolean() && RawText.isNamed(existing, name));
			fields.add(random.nextInt(fields.size() + 1), field);
			return RawText.bytes(RawText.withFields(text, fields));
		}
	},

	/**
	 * MIME delimiters that do not fit: no closing delimiter, a declared boundary the body
	 * never uses, no or an empty boundary parameter, delimiters with trailing junk or
	 * without their dashes.
	 */
	BROKEN_BOUNDARIES {
		@Override
		byte[] apply(byte[] mail, Random random) {
			String text = Structures.multipart(RawText.of(mail), random);
			String boundary = RawText.boundaries(text).getFirst();
			String quoted = Pattern.quote(boundary);
			String broken = switch (random.nextInt(7)) {
				case 0 -> text.replace("--" + boundary + "--", "--" + boundary);
				case 1 -> text.replaceAll("(?i)(boundary\\s*=\\s*\"?)" + quoted,
						"$1" + Matcher.quoteReplacement(boundary + "-x"));
				case 2 -> text.replaceAll("(?i);?\\s*boundary\\s*=\\s*\"?" + quoted + "\"?", "");
				case 3 -> text.replaceAll("(?i)(boundary\\s*=\\s*)\"?" + quoted + "\"?", "$1\"\"");
				case 4 -> text.replace("--" + boundary, "--" + boundary + " trailing junk \t");
				case 5 -> text.replace("\n--" + boundary, "\n" + boundary);
				default -> text.replaceFirst("\n--" + quoted + "(\r?\n)",
						"\nno delimiter here--" + Matcher.quoteReplacement(boundary) + "$1");
			};
			return RawText.bytes(broken);
		}
	},

	/**
	 * The mail inside multiparts nested 2 to 5,000 deep: distinct boundaries, the same
	 * boundary at every level, or each a prefix of the next; closing delimiters kept or
	 * left out.
	 */
	NESTED_BOUNDARIES {
		@Override
		byte[] apply(byte[] mail, Random random) {
			int depth = pick(random, List.of(2, 10, 50, 50, 500, 5000));
			return RawText.bytes(Structures.nestedMultiparts(RawText.of(mail), depth, random));
		}
	},

	/**
	 * A multipart of 10,000 parts: the mail, then text, HTML, nameless images, files of
	 * one name, attached mails and parts without header fields.
	 */
	TEN_THOUSAND_PARTS {
		@Override
		byte[] apply(byte[] mail, Random random) {
			return RawText.bytes(Structures.manyParts(RawText.of(mail), 10_000, random));
		}
	},

	/** The mail attached in a mail attached in a mail …, 50 to 1,000 levels deep. */
	DEEP_RFC822_NESTING {
		@Override
		byte[] apply(byte[] mail, Random random) {
			int depth = pick(random, List.of(50, 200, 200, 200, 1000));
			return RawText.bytes(Structures.nestedMessages(RawText.of(mail), depth, random.nextBoolean()));
		}
	},

	/**
	 * Content-Transfer-Encodings that lie or are broken: base64 with junk and bad
	 * padding, quoted-printable with bad escapes and soft breaks at the end, uuencode of
	 * nothing, unknown encodings.
	 */
	INVALID_TRANSFER_ENCODINGS {
		@Override
		byte[] apply(byte[] mail, Random random) {
			return RawText.bytes(Encodings.breakTransferEncodings(RawText.of(mail), random));
		}
	},

	/**
	 * RFC 2047 encoded words and RFC 2231 parameters that are invalid: bad base64 or hex,
	 * unknown or empty charsets, unclosed words, thousands of words each with half a
	 * character, broken continuations.
	 */
	INVALID_ENCODED_WORDS {
		@Override
		byte[] apply(byte[] mail, Random random) {
			return RawText.bytes(Encodings.breakEncodedWords(RawText.of(mail), random));
		}
	},

	/**
	 * Charsets that are unknown, empty, huge, EBCDIC, UTF-16/32 or UTF-7 labels on bytes
	 * that are not, with random 8-bit bytes in the text.
	 */
	BOGUS_CHARSETS {
		@Override
		byte[] apply(byte[] mail, Random random) {
			return RawText.bytes(Encodings.bogusCharsets(RawText.of(mail), random));
		}
	},

	/** NUL bytes: a few anywhere, a run of thousands, in every header line end. */
	NUL_BYTES {
		@Override
		byte[] apply(byte[] mail, Random random) {
			StringBuilder text = new StringBuilder(RawText.of(mail));
			switch (random.nextInt(3)) {
				case 0 -> {
					for (int i = 1 + random.nextInt(50); i > 0; i--) {
						text.insert(random.nextInt(text.length() + 1), '\0');
					}
				}
				case 1 -> text.insert(random.nextInt(text.length() + 1), "\0".repeat(1 + random.nextInt(10_000)));
				default -> {
					int headerEnd = RawText.bodyStart(text.toString());
					String header = text.substring(0, headerEnd).replace("\n", "\0\n").replace(": ", ":\0 ");
					text.replace(0, headerEnd, header);
				}
			}
			return RawText.bytes(text.toString());
		}
	},

	/** Line ends that are lone CRs, lone LFs, a random mix, or stray CRs inside lines. */
	LONE_CR_LF {
		@Override
		byte[] apply(byte[] mail, Random random) {
			String text = RawText.of(mail);
			String mutated = switch (random.nextInt(4)) {
				case 0 -> text.replace("\r\n", "\r").replace('\n', '\r');
				case 1 -> text.replace("\r\n", "\n");
				case 2 -> {
					StringBuilder mixed = new StringBuilder(text.length());
					for (String line : text.split("\r?\n", -1)) {
						mixed.append(line).append(pick(random, List.of("\r", "\n", "\r\n", "\r\r\n", "\n\r")));
					}
					yield mixed.toString();
				}
				default -> {
					StringBuilder stray = new StringBuilder(text);
					for (int i = 1 + random.nextInt(20); i > 0; i--) {
						stray.insert(random.nextInt(stray.length() + 1), random.nextBoolean() ? '\r' : '\n');
					}
					yield stray.toString();
				}
			};
			return RawText.bytes(mutated);
		}
	},

	/**
	 * A line of 100 KB to 1 MB in the body, mostly without spaces (letters, digits,
	 * address-like, quote marks, encoded-word starts, dashes, tags, domain labels, phone
	 * and case numbers), or the whole body on one line.
	 */
	LONG_LINES {
		@Override
		byte[] apply(byte[] mail, Random random) {
			String text = RawText.of(mail);
			int bodyStart = RawText.bodyStart(text);
			if (random.nextInt(5) == 0) {
				return RawText.bytes(text.substring(0, bodyStart) + text.substring(bodyStart).replaceAll("\r?\n", ""));
			}
			String unit = pick(random,
					List.of("a", "abcXYZ019", "0123456789", "a.b@c.d", "=?", ">", "--",
							"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", "<div>",
							"http://x.test/", "ñáéíóú", "a.", "1 ", "+34 6", "[Caso #1] ", "caso 1234 "));
			int length = pick(random, List.of(100_000, 1_000_000));
			String line = (random.nextBoolean() ? "x@" : "") + unit.repeat(Math.max(1, length / unit.length()));
			int at = bodyStart + random.nextInt(text.length() - bodyStart + 1);
			String eol = RawText.eol(text);
			return RawText.bytes(text.substring(0, at) + eol + line + eol + text.substring(at));
		}
	},

	/**
	 * A text of tens of thousands of quoted lines mixed with answers, attribution-like
	 * lines without their colon and quoted header blocks that never complete: what the
	 * separation of new text from quoted history reads line by line.
	 */
	QUOTE_STORM {
		@Override
		byte[] apply(byte[] mail, Random random) {
			return RawText.bytes(Structures.withTextBody(RawText.of(mail), Texts.quoteStorm(random), "text/plain"));
		}
	},

	/**
	 * An HTML body nested 100,000 deep: unclosed blocks, formatting elements, tables, an
	 * unclosed comment or script.
	 */
	HTML_NESTING {
		@Override
		byte[] apply(byte[] mail, Random random) {
			return RawText.bytes(Structures.withTextBody(RawText.of(mail), Texts.deepHtml(random), "text/html"));
		}
	},

	/**
	 * A text full of what the guideline checks look for, repeated thousands of times:
	 * list items with endless continuation lines, passwords, card-like and IBAN-like
	 * digits, ids, case numbers, call requests, phone numbers, address-like words.
	 */
	TEXT_STORM {
		@Override
		byte[] apply(byte[] mail, Random random) {
			return RawText.bytes(Structures.withTextBody(RawText.of(mail), Texts.textStorm(random), "text/plain"));
		}
	};

	/** How much a mutation may add by repetition, at most (characters). */
	static final int MAX_GROWTH = 2_000_000;

	/** About the size of an oversized header field or a long line. */
	static final int ONE_MB = 1 << 20;

	abstract byte[] apply(byte[] mail, Random random);

	static <T> T pick(Random random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** The unit repeated to about 1 MB (or a tenth of it). */
	static String repeat(Random random, String unit) {
		int size = random.nextInt(4) == 0 ? ONE_MB / 10 : ONE_MB;
		return unit.repeat(Math.max(1, size / unit.length()));
	}

	/** The pattern with 0, 1, 2 … filled in, to about 1 MB. */
	static String numbered(Random random, String pattern) {
		int size = random.nextInt(4) == 0 ? ONE_MB / 10 : ONE_MB;
		StringBuilder out = new StringBuilder(size + 100);
		for (int i = 0; out.length() < size; i++) {
			out.append(pattern.replace("%d", Integer.toString(i)));
		}
		return out.toString();
	}

}
