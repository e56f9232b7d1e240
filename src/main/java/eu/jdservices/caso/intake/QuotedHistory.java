package eu.jdservices.caso.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates what a customer wrote now from the history their mail client quoted below it
 * and from their signature, for the header styles of Outlook (Spanish, English, German,
 * French), Gmail, Apple Mail and Thunderbird. A reply written below the quote (bottom
 * posting) keeps the lines written below it.
 */
public final class QuotedHistory {

	/**
	 * "El 25/11/26 a las 10:15, X escribió:", "On Wed, Nov 25, 2026 at 10:15 AM X
	 * wrote:", "Am 25.11.26 um 10:15 schrieb X:": always with a date or a time, so that a
	 * sentence that merely ends with "wrote:" is no attribution.
	 */
	private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*>?\\s*(?:"
			+ "(?:el|on|am|le|il|op)\\b(?=.*(?:\\d{1,2}:\\d{2}|\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2}))"
			+ ".{0,300}\\b(?:escribió|wrote|schrieb|a écrit|ha scritto|schreef)"
			+ "|am\\b(?=.*(?:\\d{1,2}:\\d{2}|\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2})).{0,100}\\bschrieb\\b.{0,200})"
			+ "\\s*:\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
			"^\\s*-{2,}\\s*(mensaje original|original message|ursprüngliche nachricht|message d'origine)\\s*-{2,}\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(de|from|von)\\s*:\\*?\\s+\\S.*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEADER_SENT = Pattern.compile(
			"^\\s*\\*?(enviado|enviado el|sent|fecha|date|gesendet|envoyé|inviato|data)\\s*:\\*?.*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern HEADER_SUBJECT = Pattern
		.compile("^\\s*\\*?(asunto|subject|betreff|objet|oggetto)\\s*:\\*?.*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
			"^\\s*(enviado desde mi \\S+.*|sent from my \\S+.*|get outlook for \\S+.*|obtener outlook para \\S+.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");

	private QuotedHistory() {
	}

	/**
	 * The text without quoted history and signature; the whole text when nothing was
	 * quoted.
	 */
	public static String newText(String text) {
		return cut(text, true);
	}

	/**
	 * The text without quoted history, the signature kept (phone numbers and the like
	 * live there).
	 */
	public static String withoutHistory(String text) {
		return cut(text, false);
	}

	private static String cut(String text, boolean dropSignature) {
		List<String> lines = text.lines().toList();
		QuotedTail tail = QuotedTail.of(lines);
		int end = lines.size();
		for (int i = 0; i < lines.size(); i++) {
			if ((dropSignature && isSignature(lines.get(i))) || startsHistory(lines, i, tail)) {
				end = i;
				break;
			}
		}
		// answers written between quoted lines stay, the quoted lines go
		String kept = lines.subList(0, end)
			.stream()
			.filter((line) -> !line.stripLeading().startsWith(">"))
			.collect(java.util.stream.Collectors.joining("\n"))
			.strip();
		if (kept.isEmpty() && end < lines.size() && isQuoteStart(lines.get(end))) {
			kept = writtenBelowQuote(lines.subList(end, lines.size()));
		}
		return kept.isEmpty() ? text.strip() : kept;
	}

	private static boolean isQuoteStart(String line) {
		return line.startsWith(">") || isAttribution(line);
	}

	/** Bottom posting: the lines that are neither quoted nor the attribution. */
	private static String writtenBelowQuote(List<String> lines) {
		List<String> written = new ArrayList<>();
		for (String line : lines) {
			if (isSignature(line)) {
				break;
			}
			if (!line.startsWith(">") && !isAttribution(line)) {
				written.add(line);
			}
		}
		return String.join("\n", written).strip();
	}

	/**
	 * Whether the line is an attribution; the expression (backtracking over up to 300
	 * characters) only for lines that end with its colon, since prose often starts with
	 * "El", "On" or "Am".
	 */
	private static boolean isAttribution(String line) {
		return line.stripTrailing().endsWith(":") && ATTRIBUTION.matcher(line).matches();
	}

	private static boolean isSignature(String line) {
		return line.equals("-- ") || line.equals("--")
				|| (startsWithAnyOf(line, "eEsSgGoO") && MOBILE_SIGNATURE.matcher(line).matches());
	}

	private static boolean startsHistory(List<String> lines, int i, QuotedTail tail) {
		String line = lines.get(i);
		if (line.startsWith(">") && i > 0 && tail.mostlyQuotedFrom(i)) {
			return true;
		}
		if ((startsWithAnyOf(line, "-") && ORIGINAL_MESSAGE.matcher(line).matches()) || isAttribution(line)) {
			return true;
		}
		if (i + 1 < lines.size() && lines.get(i + 1).stripTrailing().endsWith(":") && !isAttribution(lines.get(i + 1))
				&& isAttribution(line + " " + lines.get(i + 1).strip())) {
			// Gmail wraps a long attribution over two lines
			return true;
		}
		if (startsWithAnyOf(line, "_") && UNDERSCORES.matcher(line).matches() && i + 1 < lines.size()
				&& isHeaderFrom(lines.get(i + 1)) && headerBlockFollows(lines, i + 1)) {
			return true;
		}
		return isHeaderFrom(line) && headerBlockFollows(lines, i);
	}

	private static boolean isHeaderFrom(String line) {
		return startsWithAnyOf(line, "*dDfFvV") && HEADER_FROM.matcher(line).matches();
	}

	/**
	 * Whether the first character after the leading white space ({@code \s}) is one of
	 * these: what each expression's start needs, tested before running it on every line
	 * of a text of megabytes.
	 */
	private static boolean startsWithAnyOf(String line, String firsts) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (" \t\n\u000B\f\r".indexOf(c) < 0) {
				return firsts.indexOf(c) >= 0;
			}
		}
		return false;
	}

	/**
	 * A quoted header block: below "De:" come a date ("Enviado el:", "Sent:", "Date:")
	 * and a subject ("Asunto:", "Subject:") within a few lines.
	 */
	private static boolean headerBlockFollows(List<String> lines, int from) {
		boolean sent = false;
		boolean subject = false;
		for (int j = from + 1; j < Math.min(lines.size(), from + 7); j++) {
			sent |= HEADER_SENT.matcher(lines.get(j)).matches();
			subject |= HEADER_SUBJECT.matcher(lines.get(j)).matches();
		}
		return sent && subject;
	}

	/**
	 * How many quoted and other non-blank lines there are from each line to the end,
	 * counted once for the whole text.
	 */
	private record QuotedTail(int[] quoted, int[] other) {

		static QuotedTail of(List<String> lines) {
			int[] quoted = new int[lines.size() + 1];
			int[] other = new int[lines.size() + 1];
			for (int j = lines.size() - 1; j >= 0; j--) {
				String line = lines.get(j).strip();
				quoted[j] = quoted[j + 1] + (line.startsWith(">") ? 1 : 0);
				other[j] = other[j + 1] + ((!line.startsWith(">") && !line.isEmpty()) ? 1 : 0);
			}
			return new QuotedTail(quoted, other);
		}

		/** Whether from this line on, quoted lines are at least twice the others. */
		boolean mostlyQuotedFrom(int line) {
			return this.quoted[line] >= this.other[line] * 2;
		}

	}

}
