package eu.jdservices.caso.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates what a customer wrote now from the history their mail client quoted below it
 * and from their signature, for the header styles of Outlook (Spanish and English),
 * Gmail, Apple Mail and Thunderbird.
 */
public final class QuotedHistory {

	private static final Pattern ATTRIBUTION = Pattern.compile(
			"^\\s*(el|on|am|le|il)\\b.{0,300}\\b(escribió|wrote|schrieb|a écrit|ha scritto)\\s*:\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
			"^\\s*-{2,}\\s*(mensaje original|original message|ursprüngliche nachricht|message d'origine)\\s*-{2,}\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(de|from|von)\\s*:\\*?\\s+\\S.*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEADER_SENT = Pattern.compile(
			"^\\s*\\*?(enviado|enviado el|sent|fecha|date|gesendet|para|to)\\s*:\\*?.*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");

	private QuotedHistory() {
	}

	/**
	 * The text without quoted history and signature; the whole text when nothing was
	 * quoted.
	 */
	public static String newText(String text) {
		List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
		int end = lines.size();
		for (int i = 0; i < lines.size(); i++) {
			if (startsHistory(lines, i)) {
				end = i;
				break;
			}
		}
		String kept = String.join("\n", lines.subList(0, end)).strip();
		return kept.isEmpty() ? text.strip() : kept;
	}

	private static boolean startsHistory(List<String> lines, int i) {
		String line = lines.get(i);
		if (line.equals("-- ") || line.equals("--")) {
			return true;
		}
		if (line.startsWith(">") && i > 0 && allQuotedOrBlankAfter(lines, i)) {
			return true;
		}
		if (ORIGINAL_MESSAGE.matcher(line).matches() || ATTRIBUTION.matcher(line).matches()) {
			return true;
		}
		if (i + 1 < lines.size() && ATTRIBUTION.matcher(line + " " + lines.get(i + 1).strip()).matches()
				&& (line.strip().toLowerCase().startsWith("el ") || line.strip().toLowerCase().startsWith("on "))) {
			return true;
		}
		if (UNDERSCORES.matcher(line).matches() && i + 1 < lines.size()
				&& HEADER_FROM.matcher(lines.get(i + 1)).matches()) {
			return true;
		}
		return HEADER_FROM.matcher(line).matches() && headerBlockFollows(lines, i);
	}

	private static boolean headerBlockFollows(List<String> lines, int from) {
		for (int j = from + 1; j < Math.min(lines.size(), from + 5); j++) {
			if (HEADER_SENT.matcher(lines.get(j)).matches()) {
				return true;
			}
		}
		return false;
	}

	private static boolean allQuotedOrBlankAfter(List<String> lines, int from) {
		int quoted = 0;
		int other = 0;
		for (int j = from; j < lines.size(); j++) {
			String line = lines.get(j).strip();
			if (line.startsWith(">")) {
				quoted++;
			}
			else if (!line.isEmpty()) {
				other++;
			}
		}
		return quoted >= other * 2;
	}

}
