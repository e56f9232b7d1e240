package eu.jdservices.caso.cases;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Which case a mail's references lead to: the case a Message-ID we sent or stored belongs
 * to, after following merges to the case that lives on.
 */
@Component
class CaseThreads {

	private final ConversationStore conversation;

	private final CaseRepository cases;

	CaseThreads(ConversationStore conversation, CaseRepository cases) {
		this.conversation = conversation;
		this.cases = cases;
	}

	/** The (surviving) case of a Message-ID, if it is one of a case's. */
	Optional<Long> caseOf(String messageId) {
		return this.conversation.caseOfMessageId(messageId).map(this.cases::survivor);
	}

	long survivor(long number) {
		return this.cases.survivor(number);
	}

	boolean exists(long number) {
		return this.cases.exists(number);
	}

}
