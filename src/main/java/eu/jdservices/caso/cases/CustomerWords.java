package eu.jdservices.caso.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.MailWords;

/**
 * What a customer's words say about the case: a mere thank-you, or that the problem is
 * solved or has changed.
 */
final class CustomerWords {

	private static final Set<String> THANKS = Set.of("gracias", "thanks", "thank", "thx", "cheers", "merci", "danke",
			"perfecto", "genial", "estupendo", "great", "perfect", "ok", "okay", "vale");

	/** Words that go with a thank-you without adding anything to it. */
	private static final Set<String> COURTESY = Set.of("muchas", "muchisimas", "mil", "de", "nuevo", "por", "todo",
			"la", "el", "su", "vuestra", "tu", "ayuda", "hola", "buenos", "buenas", "dias", "tardes", "equipo", "un",
			"saludo", "saludos", "atentamente", "cordialmente", "y", "many", "you", "very", "much", "so", "a", "lot",
			"again", "for", "your", "the", "help", "all", "hi", "hello", "dear", "team", "regards", "best", "kind",
			"and");

	private static final Pattern SENT_FROM_MY_PHONE = Pattern
		.compile("(?im)^\\s*(enviado desde mi|sent from my|von meinem|envoyé de mon) .*$");

	private static final Pattern RESOLVED = Pattern
		.compile("\\b(ya funciona|vuelve a funcionar|funciona (correctamente|bien)|"
				+ "(esta|ha quedado|queda) (resuelto|solucionado|arreglado)|se ha (resuelto|solucionado|arreglado)|"
				+ "ya (esta|estan) (resuelto|solucionado|bien)|ya no (es necesario|hace falta|ocurre|pasa)|"
				+ "(problema|error|fallo|sintoma|comportamiento|situacion)s? (ha|han) cambiado|"
				+ "(ha|han) cambiado (el|la|los|las) (problema|error|fallo|sintoma|comportamiento|mensaje)|"
				+ "el problema (cambio|es otro|ahora es)|"
				+ "^(it|everything) works$|(it|everything) works (again|now)|working (again|now)|"
				+ "(is|has been|was) (resolved|fixed|solved)|no longer (needed|an issue|happening)|"
				+ "(problem|issue|error|behaviou?r|situation|symptoms?) (has |have )?changed|"
				+ "issue (is|has been) gone|sorted( it)? out)\\b");

	/** A negation just before a phrase turns it around: "no funciona correctamente". */
	private static final Pattern NEGATED = Pattern.compile("\\b(no|not|nunca|never|sin|nada|nothing|ni|nor|tampoco|"
			+ "doesn|isn|hasn|haven|wasn|didn|don|aren|weren|cannot)\\b(\\s+\\S+){0,2}\\s*$");

	/**
	 * "funciona bien en el portátil, pero no en el servidor" (a change stays a change:
	 * "ha cambiado, pero…").
	 */
	private static final Pattern BUT = Pattern.compile("\\b(pero|but|aunque|although|however|sin embargo)\\b");

	private CustomerWords() {
	}

	/**
	 * A short message that only says thank you (no question, nothing else of substance:
	 * besides thanks and courtesy words at most a name of up to three words).
	 */
	static boolean isMereThanks(String newText) {
		String text = SENT_FROM_MY_PHONE.matcher(withoutAccents(newText)).replaceAll(" ").strip();
		if (text.isEmpty() || newText.contains("?") || newText.contains("¿")) {
			return false;
		}
		List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter((w) -> !w.isEmpty()).toList();
		if (words.size() > 12 || words.stream().noneMatch((w) -> THANKS.contains(w.toLowerCase(Locale.ROOT)))) {
			return false;
		}
		List<String> rest = new ArrayList<>();
		for (String word : words) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (!THANKS.contains(lower) && !COURTESY.contains(lower)) {
				rest.add(word);
			}
		}
		return rest.size() <= 3 && rest.stream().allMatch((w) -> Character.isUpperCase(w.charAt(0)));
	}

	/**
	 * The customer says the problem is solved or has changed (not when they ask whether
	 * it is, nor when they say it is not).
	 */
	static boolean reportsResolved(String newText) {
		for (String sentence : newText.split("(?<=[.!?\\n])")) {
			String[] clauses = sentence.split("(?<=[,;:])|(?=¿)");
			for (int i = 0; i < clauses.length; i++) {
				if (clauses[i].contains("?") || clauses[i].contains("¿")) {
					continue;
				}
				String clause = normalize(clauses[i]);
				String next = (i + 1 < clauses.length) ? normalize(clauses[i + 1]) : "";
				Matcher matcher = RESOLVED.matcher(clause);
				while (matcher.find()) {
					boolean negated = NEGATED.matcher(clause.substring(0, matcher.start())).find();
					boolean changed = matcher.group().contains("cambi") || matcher.group().contains("chang");
					boolean but = BUT.matcher(clause.substring(matcher.end())).find() || BUT.matcher(next).lookingAt();
					if (!negated && (changed || !but)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static String normalize(String text) {
		String lower = withoutAccents(text).toLowerCase(Locale.ROOT).replaceAll("[¡!¿.,;:()\"'’]", " ");
		return lower.replaceAll("\\s+", " ").strip();
	}

	private static String withoutAccents(String text) {
		return MailWords.withoutAccents(text);
	}

}
