package eu.jdservices.caso.meetings;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a plain reply asks to move a meeting ("¿podemos pasarla al jueves?", "can we
 * move the call to Thursday?", "no podré asistir a la reunión"): Spanish and English, on
 * the new text of the reply, accents and case ignored.
 */
final class RescheduleWords {

	private static final String VERBS_ES = "(?:pasar|mover|cambiar|aplazar|retrasar|adelantar|posponer|reprogramar|"
			+ "trasladar|dejar)(?:la|lo|las|los)?";

	private static final String MEETINGS_ES = "(?:llamada|reunion|cita|sesion|videollamada|videoconferencia|conexion)";

	private static final String MEETINGS_EN = "(?:call|meeting|session|appointment|video ?call)";

	private static final List<Pattern> ASKS = List.of(
			Pattern.compile("\\b(?:podemos|podriamos|podeis|podrias|puedes|puede|podria|se puede|seria posible|"
					+ "es posible|habria posibilidad de|hay posibilidad de)\\s+(?:\\w+\\s+)?" + VERBS_ES + "\\b"),
			Pattern
				.compile("\\b" + VERBS_ES + "\\s+(?:la|el|nuestra|nuestro|esta|este)\\s+(?:\\w+\\s+)?" + MEETINGS_ES),
			Pattern.compile("\\bno\\s+(?:podre|puedo|podremos|podemos|voy a poder|vamos a poder)\\s+"
					+ "(?:asistir|estar|conectarme|conectarnos|atender|llegar)"),
			Pattern.compile("\\b(?:can|could|may)\\s+we\\s+(?:please\\s+)?(?:move|reschedule|postpone|push|shift|"
					+ "change|delay|bring forward)\\b"),
			Pattern.compile("\\b(?:reschedule|postpone|move|push back|push|shift|change the (?:time|date) of)\\s+"
					+ "(?:the|our|this|today's|tomorrow's)\\s+(?:\\w+\\s+)?" + MEETINGS_EN),
			Pattern.compile("\\b(?:can't|cannot|can not|won't be able to|will not be able to|unable to)\\s+"
					+ "(?:make|attend|join)\\b"));

	private RescheduleWords() {
	}

	static boolean asksToMove(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		String plain = Normalizer.normalize(text.length() > 8192 ? text.substring(0, 8192) : text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('’', '\'')
			.toLowerCase(Locale.ROOT);
		return ASKS.stream().anyMatch((pattern) -> pattern.matcher(plain).find());
	}

}
