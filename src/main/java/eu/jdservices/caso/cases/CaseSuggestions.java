package eu.jdservices.caso.cases;

import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.QuotedHistory;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.knowledge.Knowledge;
import eu.jdservices.caso.knowledge.Suggestions;

import org.springframework.stereotype.Component;

/**
 * S0.1: the knowledge-base articles a new case's acknowledgement suggests, when the
 * knowledge base has good ones (a C case that reads as a question). The case keeps the
 * finding {@code KB_SUGGESTED} with their slugs; the acknowledgement lists them, each
 * with its links to say whether it answered the question.
 */
@Component
class CaseSuggestions {

	private final Knowledge knowledge;

	private final Suggestions suggestions;

	CaseSuggestions(Knowledge knowledge, Suggestions suggestions) {
		this.knowledge = knowledge;
		this.suggestions = suggestions;
	}

	/** Finds the articles for a case just opened; the note for its acknowledgement. */
	Optional<GuidelineNote> suggest(Case opened, ParsedMail mail) {
		List<Knowledge.Found> found = this.knowledge.suggestionsFor(opened.severity(), opened.facts().language(),
				opened.facts().subject(), QuotedHistory.newText(mail.text()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<Long> ids = found.stream().map((article) -> article.article().id()).toList();
		opened.find(Reason.KB_SUGGESTED, Reason.KB_SUGGESTED.rule(),
				"suggested articles: "
						+ String.join(", ", found.stream().map((article) -> article.translation().slug()).toList()),
				opened.facts().createdAt());
		this.suggestions.suggested(opened.number(), ids);
		return Optional.of(new GuidelineNote(Reason.KB_SUGGESTED, "kb.ack.intro", List.copyOf(ids)));
	}

}
