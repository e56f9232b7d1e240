package eu.jdservices.caso.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of a mail text that the text checks read: what the customer wrote now, not
 * the quoted history ({@code > } lines, "El … escribió:", "On … wrote:", Outlook's
 * original-message block, forwarded mails) and, for {@link #body(String)}, not the
 * signature ({@code -- } line, "Sent from my iPhone").
 */
final class MailText {

	private static final Pattern ATTRIBUTION = Pattern
		.compile("(?is)^\\s*(el|on|am|le|op)\\b.{0,250}\\b(escribi[oó]|wrote|schrieb|a [ée]crit|schreef)\\s*:?\\s*$");

	private static final Pattern HISTORY_MARK = Pattern.compile("(?i)^\\s*(-{2,}\\s*(original message|mensaje original|"
			+ "ursprüngliche nachricht|message d'origine|forwarded message|mensaje reenviado|weitergeleitete nachricht)"
			+ "\\s*-{2,}|begin forwarded message:|inicio del mensaje reenviado:)\\s*$");

	private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\s*\\*?(de|from|von)\\s*:\\*?\\s+\\S.*$");

	private static final Pattern HEADER_SENT = Pattern
		.compile("(?i)^\\s*\\*?(enviado|sent|gesendet|fecha|date|datum|enviado el)\\s*:\\*?\\s+\\S.*$");

	private static final Pattern SIGNATURE = Pattern.compile("(?i)^\\s*(--\\s*|enviado desde mi \\S+.*|"
			+ "sent from my \\S+.*|get outlook for \\S+.*|obtener outlook para \\S+.*)$");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private MailText() {
	}

	/** What the customer wrote now, signature included, quoted history left out. */
	static String unquoted(String text) {
		List<String> lines = text.lines().toList();
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (startsHistory(lines, i)) {
				break;
			}
			if (!line.stripLeading().startsWith(">")) {
				kept.add(line);
			}
		}
		return String.join("\n", kept).strip();
	}

	/** What the customer wrote now, without quoted history and without signature. */
	static String body(String text) {
		List<String> kept = new ArrayList<>();
		for (String line : unquoted(text).lines().toList()) {
			if (SIGNATURE.matcher(line).matches()) {
				break;
			}
			kept.add(line);
		}
		return String.join("\n", kept).strip();
	}

	private static boolean startsHistory(List<String> lines, int i) {
		String line = lines.get(i);
		if (HISTORY_MARK.matcher(line).matches()) {
			return true;
		}
		if (ATTRIBUTION.matcher(line).matches()) {
			return true;
		}
		if (i + 1 < lines.size() && line.length() < 200
				&& ATTRIBUTION.matcher(line + " " + lines.get(i + 1).strip()).matches()
				&& lines.get(i + 1).strip().endsWith(":")) {
			return true;
		}
		if (line.strip().matches("_{10,}") && i + 1 < lines.size() && HEADER_FROM.matcher(lines.get(i + 1)).matches()) {
			return true;
		}
		if (HEADER_FROM.matcher(line).matches()) {
			for (int next = i + 1; next < Math.min(lines.size(), i + 4); next++) {
				if (HEADER_SENT.matcher(lines.get(next)).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	/** Lower case, accents removed: the form phrases are matched in. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT);
	}

	/** The words of a text, folded. */
	static List<String> words(String text) {
		return NON_WORD.splitAsStream(fold(text)).filter((word) -> !word.isEmpty()).toList();
	}

	/**
	 * The words that say something: folded, not stopwords, not numbers, at least two
	 * characters.
	 */
	static List<String> informativeWords(String text) {
		return words(text).stream()
			.filter((word) -> word.length() >= 2)
			.filter((word) -> !word.chars().allMatch(Character::isDigit))
			.filter((word) -> !Stopwords.contains(word))
			.toList();
	}

	/** The subject without reply and forward prefixes (Re:, RV:, Fwd:, AW: …). */
	static String subjectWithoutPrefixes(String subject) {
		String result = subject.strip();
		String previous;
		do {
			previous = result;
			result = result.replaceFirst("(?i)^(re|rv|fw|fwd|reenviar|aw|wg|tr|r)\\s*(\\[\\d+\\])?\\s*:\\s*", "")
				.strip();
		}
		while (!result.equals(previous));
		return result;
	}

}
