package eu.jdservices.caso.knowledge;

import java.util.List;

import eu.jdservices.caso.intake.MailWords;

/**
 * Whether a mail reads as a question: a question mark, or a subject or sentence that
 * starts with a question word ("¿Cómo…", "How do I…", "Is it possible…").
 */
final class QuestionReading {

	private static final List<String> QUESTION_STARTS = List.of("como", "que", "cual", "cuales", "cuando", "donde",
			"por que", "quien", "cuanto", "cuantos", "se puede", "es posible", "hay alguna", "podeis", "pueden",
			"puedo", "how", "what", "which", "when", "where", "why", "who", "can i", "can we", "can you", "could",
			"is it possible", "is there", "are there", "do you", "does", "should");

	/** A question is asked at the start: a pasted log of megabytes is not read. */
	private static final int READ = 2_000;

	private QuestionReading() {
	}

	static boolean isQuestion(String subject, String text) {
		String beginning = (text.length() > READ) ? text.substring(0, READ) : text;
		if (subject.contains("?") || beginning.contains("?")) {
			return true;
		}
		for (String sentence : (subject + "\n" + beginning).split("[.!\\n]+")) {
			String folded = String.join(" ", MailWords.words(sentence));
			if (QUESTION_STARTS.stream().anyMatch((start) -> folded.equals(start) || folded.startsWith(start + " "))) {
				return true;
			}
		}
		return false;
	}

}
