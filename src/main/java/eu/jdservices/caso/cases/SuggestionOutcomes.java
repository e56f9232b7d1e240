package eu.jdservices.caso.cases;

import java.util.Locale;

import eu.jdservices.caso.knowledge.SuggestionAnswered;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * S0.1: what a customer said of an article suggested in the acknowledgement. An article
 * that answered the question closes the case (the contacts are told, as for any closure);
 * one that did not leaves an internal note, and the case goes on.
 */
@Component
class SuggestionOutcomes {

	/** Who closes a case an article answered, in its history. */
	static final String AUTHOR = "caso (knowledge base)";

	private final CaseActions actions;

	private final CaseRepository cases;

	private final MessageSource messages;

	SuggestionOutcomes(CaseActions actions, CaseRepository cases, MessageSource messages) {
		this.actions = actions;
		this.cases = cases;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(SuggestionAnswered answered) {
		Case current = this.cases.load(answered.caseNumber()).orElse(null);
		if (current == null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(current.facts().language());
		Object[] args = { answered.title(), answered.url() };
		try {
			if (answered.helpful() && !current.isEnded()) {
				this.actions.close(answered.caseNumber(), AUTHOR,
						this.messages.getMessage("kb.closed.helpful", args, locale));
			}
			else if (!answered.helpful()) {
				this.actions.reply(answered.caseNumber(), AUTHOR,
						this.messages.getMessage("kb.note.unhelpful", args, locale), true);
			}
		}
		catch (CaseActionRefused refused) {
			// merged or ended meanwhile: the answer stays with the suggestion, the case
			// is left as it is
		}
	}

}
