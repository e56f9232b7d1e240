package eu.jdservices.caso.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import eu.jdservices.caso.intake.ParsedMail;

/**
 * Which case an inbound mail belongs to: first by its reply headers (In-Reply-To, then
 * References, newest first) naming a Message-ID we sent or stored for a case; otherwise
 * by the case tag in its subject. A mail that matches neither is new. Pure: the look-up
 * of Message-IDs is given.
 */
final class Threading {

	static final int MAX_IN_REPLY_TO = 10;

	static final int MAX_REFERENCES = 100;

	private Threading() {
	}

	/**
	 * How a mail was matched to a case.
	 *
	 * @param caseNumber the case
	 * @param byReplyHeaders true when its reply headers name a message of the case; false
	 * when only the subject tag does
	 */
	record Match(long caseNumber, boolean byReplyHeaders) {
	}

	static Optional<Match> find(ParsedMail mail, Function<String, Optional<Long>> caseOfMessageId) {
		List<String> ids = new ArrayList<>(
				mail.inReplyTo().subList(0, Math.min(mail.inReplyTo().size(), MAX_IN_REPLY_TO)));
		ids.addAll(newestAndFirst(mail.references()));
		for (String id : ids) {
			Optional<Long> found = caseOfMessageId.apply(id);
			if (found.isPresent()) {
				return Optional.of(new Match(found.get(), true));
			}
		}
		return CaseReferences.tagged(mail.subject()).map((number) -> new Match(number, false));
	}

	/**
	 * The references looked up (after the first {@value #MAX_IN_REPLY_TO} ids of
	 * In-Reply-To), newest first: the newest {@value #MAX_REFERENCES} and the first (the
	 * thread's start, often ours). A broken or hostile mail may carry tens of thousands,
	 * each a look-up.
	 */
	private static List<String> newestAndFirst(List<String> references) {
		List<String> newest = new ArrayList<>(
				references.subList(Math.max(0, references.size() - MAX_REFERENCES), references.size()));
		java.util.Collections.reverse(newest);
		if (references.size() > MAX_REFERENCES) {
			newest.add(references.get(0));
		}
		return newest;
	}

	/** Whether the mail says it answers another mail at all. */
	static boolean hasReplyHeaders(ParsedMail mail) {
		return !mail.inReplyTo().isEmpty() || !mail.references().isEmpty();
	}

}
