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
		List<String> ids = new ArrayList<>(mail.inReplyTo());
		List<String> references = new ArrayList<>(mail.references());
		java.util.Collections.reverse(references);
		ids.addAll(references);
		for (String id : ids) {
			Optional<Long> found = caseOfMessageId.apply(id);
			if (found.isPresent()) {
				return Optional.of(new Match(found.get(), true));
			}
		}
		return CaseReferences.tagged(mail.subject()).map((number) -> new Match(number, false));
	}

	/** Whether the mail says it answers another mail at all. */
	static boolean hasReplyHeaders(ParsedMail mail) {
		return !mail.inReplyTo().isEmpty() || !mail.references().isEmpty();
	}

}
