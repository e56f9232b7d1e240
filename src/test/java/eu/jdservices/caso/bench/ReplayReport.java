package eu.jdservices.caso.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pure part of {@link ReplayBenchmark}: one line per replayed mail, with nothing in
 * it that depends on time, ids or numbering, the summary of a replay, and the comparison
 * of two replays.
 */
final class ReplayReport {

	private static final String SEPARATOR = " | ";

	private ReplayReport() {
	}

	/**
	 * The lines of a replay, in input order. A case is named by the first input that got
	 * its number ("case of mail001.box"), so that replies threaded into the same case are
	 * compared, not the numbers the database gave.
	 */
	static List<String> lines(List<Outcome> outcomes) {
		Map<Long, String> firstInputOfCase = new HashMap<>();
		for (Outcome outcome : outcomes) {
			if (outcome.caseNumber() != null) {
				firstInputOfCase.putIfAbsent(outcome.caseNumber(), outcome.input());
			}
		}
		List<String> lines = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			String caseOf = (outcome.caseNumber() != null) ? "case of " + firstInputOfCase.get(outcome.caseNumber())
					: "no case";
			lines.add(String.join(SEPARATOR, outcome.input(), "smtp " + outcome.smtpCode(),
					String.valueOf(outcome.decision()), "reasons " + sorted(outcome.reasons()),
					"findings " + sorted(outcome.findings()), "severity " + outcome.severity(), caseOf));
		}
		return lines;
	}

	/** Mails per decision, per reason code and per finding code. */
	static String summary(List<String> lines) {
		Map<String, Integer> decisions = new TreeMap<>();
		Map<String, Integer> reasons = new TreeMap<>();
		Map<String, Integer> findings = new TreeMap<>();
		for (String line : lines) {
			String[] fields = line.split(" \\| ");
			decisions.merge(fields[2], 1, Integer::sum);
			codes(fields[3], "reasons ").forEach((code) -> reasons.merge(code, 1, Integer::sum));
			codes(fields[4], "findings ").forEach((code) -> findings.merge(code, 1, Integer::sum));
		}
		return "decisions " + decisions + System.lineSeparator() + "reason codes " + reasons + System.lineSeparator()
				+ "finding codes " + findings;
	}

	/**
	 * What differs between two replays of the same inputs: for each input whose line is
	 * not the same, "- base line" and "+ current line"; an input only one replay has
	 * counts too. Empty when the decisions are identical.
	 */
	static List<String> differences(List<String> base, List<String> current) {
		Map<String, String> baseByInput = byInput(base);
		Map<String, String> currentByInput = byInput(current);
		List<String> differences = new ArrayList<>();
		baseByInput.forEach((input, line) -> {
			String other = currentByInput.get(input);
			if (!line.equals(other)) {
				differences.add("- " + line);
				differences.add("+ " + ((other != null) ? other : input + SEPARATOR + "(not replayed)"));
			}
		});
		currentByInput.forEach((input, line) -> {
			if (!baseByInput.containsKey(input)) {
				differences.add("- " + input + SEPARATOR + "(not replayed)");
				differences.add("+ " + line);
			}
		});
		return differences;
	}

	private static Map<String, String> byInput(List<String> lines) {
		Map<String, String> byInput = new LinkedHashMap<>();
		for (String line : lines) {
			int end = line.indexOf(SEPARATOR);
			byInput.put((end >= 0) ? line.substring(0, end) : line, line);
		}
		return byInput;
	}

	private static List<String> codes(String field, String prefix) {
		String list = field.substring(prefix.length()).replace("[", "").replace("]", "").strip();
		return list.isEmpty() ? List.of() : List.of(list.split(",\\s*"));
	}

	private static List<String> sorted(List<String> codes) {
		return codes.stream().sorted().toList();
	}

	/**
	 * What became of one replayed mail.
	 *
	 * @param input the mail's name, unique in the replay
	 * @param smtpCode the intake's final SMTP reply code (250, 550 …)
	 * @param decision the recorded decision, or {@code null} when the mail was not stored
	 * or is undecided
	 * @param reasons the decision's reason codes
	 * @param findings the finding codes of the case the mail opened
	 * @param severity the severity of the mail's case, or {@code -}
	 * @param caseNumber the mail's case, or {@code null}
	 */
	record Outcome(String input, String smtpCode, String decision, List<String> reasons, List<String> findings,
			String severity, Long caseNumber) {
	}

}
