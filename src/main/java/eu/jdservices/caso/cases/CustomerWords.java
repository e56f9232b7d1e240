package eu.jdservices.caso.cases;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a customer's words say about the case: a mere thank-you, or that the problem is
 * solved or has changed.
 */
final class CustomerWords {

	private static final Pattern THANKS = Pattern.compile(
			"\\b(gracias|muchas gracias|mil gracias|thanks|thank you|thx|many thanks|cheers|perfecto|genial|great|ok|vale|"
					+ "saludos|un saludo|regards|best regards|kind regards|atentamente|cordialmente)\\b");

	private static final Pattern RESOLVED = Pattern.compile("\\b(ya funciona|vuelve a funcionar|funciona correctamente|"
			+ "(esta|ha quedado|queda) (resuelto|solucionado|arreglado)|se ha (resuelto|solucionado|arreglado)|"
			+ "ya (esta|estan) (resuelto|solucionado|bien)|ya no (es necesario|hace falta|ocurre|pasa)|"
			+ "ha cambiado|el problema (cambio|es otro|ahora es)|"
			+ "(it|everything) works( again| now)?|working (again|now)|(is|has been|was) (resolved|fixed|solved)|"
			+ "no longer (needed|an issue|happening)|problem (has )?changed|issue (is|has been) gone|sorted( it)? out)\\b");

	private CustomerWords() {
	}

	/**
	 * A short message that only says thank you (no question, nothing else of substance).
	 */
	static boolean isMereThanks(String newText) {
		String text = normalize(newText);
		if (text.isEmpty() || newText.contains("?") || text.split("\\s+").length > 12) {
			return false;
		}
		String rest = THANKS.matcher(text).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return !text.equals(rest.strip()) && rest.split("\\s+").length <= 3;
	}

	/** The customer says the problem is solved or has changed. */
	static boolean reportsResolved(String newText) {
		return RESOLVED.matcher(normalize(newText)).find();
	}

	private static String normalize(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replaceAll("[¡!¿.,;:()\"']", " ");
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ").strip();
	}

}
