package eu.jdservices.caso.policy;

import java.util.List;
import java.util.Set;

/**
 * Words that say nothing about a matter, in Spanish and English (folded: lower case, no
 * accents), plus greetings and courtesy words that every mail has.
 */
final class Stopwords {

	private static final Set<String> WORDS = Set.copyOf(List.of(
			// Spanish
			"a", "al", "algo", "algun", "alguna", "algunas", "alguno", "algunos", "ante", "antes", "aqui", "asi", "aun",
			"aunque", "bien", "cada", "casi", "como", "con", "contra", "cual", "cuales", "cuando", "cuanto", "de",
			"del", "desde", "donde", "dos", "durante", "e", "el", "ella", "ellas", "ello", "ellos", "en", "entre",
			"era", "eramos", "eran", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estaba", "estamos", "estan",
			"estar", "este", "esto", "estos", "estoy", "fue", "fueron", "ha", "habia", "han", "has", "hasta", "hay",
			"he", "hemos", "la", "las", "le", "les", "lo", "los", "mas", "me", "mi", "mis", "mucho", "muy", "nada",
			"ni", "no", "nos", "nosotros", "nuestra", "nuestras", "nuestro", "nuestros", "o", "os", "otra", "otro",
			"para", "pero", "poco", "por", "porque", "que", "quien", "se", "sea", "ser", "si", "sin", "sobre", "son",
			"su", "sus", "tambien", "tan", "te", "tenemos", "tengo", "tiene", "tienen", "todo", "todos", "tu", "tus",
			"un", "una", "unas", "uno", "unos", "usted", "ustedes", "vosotros", "ya", "y", "yo", "hola", "buenos",
			"buenas", "dias", "tardes", "noches", "saludos", "saludo", "gracias", "muchas", "atentamente",
			"cordialmente", "favor", "estimados", "estimado", "estimada", "equipo", "un", "podrian", "podriais",
			"pueden", "puede", "podeis", "quisiera", "queria", "necesito", "necesitamos",
			// English
			"about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "but",
			"by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "here", "him",
			"his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "my", "need", "no", "not", "of",
			"on", "or", "our", "please", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there",
			"these", "they", "this", "to", "up", "us", "was", "we", "were", "what", "when", "which", "who", "will",
			"with", "would", "you", "your", "hi", "hello", "dear", "thanks", "thank", "regards", "best", "kind",
			"cheers", "team", "let", "know"));

	private Stopwords() {
	}

	static boolean contains(String foldedWord) {
		return WORDS.contains(foldedWord);
	}

}
