package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The rules between two cases: merging one into another, splitting messages off into a
 * new case, linking. Plain Java, like {@link Case}; each refuses or changes both cases.
 */
final class CaseRelations {

	private CaseRelations() {
	}

	/**
	 * {@code merged} lives on in {@code survivor}: its contacts join the survivor, it is
	 * closed, and later mail to it threads to the survivor. {@code survivorLivesOnIn} is
	 * where the survivor's own merges lead (itself when never merged): no cycles.
	 */
	static List<CaseEvent> merge(Case merged, Case survivor, long survivorLivesOnIn, String author, OffsetDateTime at) {
		if (survivor.number() == merged.number()) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.MERGE_SELF, merged.number());
		}
		if (survivorLivesOnIn == merged.number()) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.MERGE_CYCLE, merged.number(), survivor.number());
		}
		merged.contacts().forEach(survivor::join);
		CaseEnded ended = merged.closeAsMergedInto(survivor.number(), at);
		merged.linkBothSides(LinkType.MERGED_INTO, survivor, LinkType.MERGED_FROM);
		merged.record(author, HistoryEvent.MERGED, "into " + survivor.number(), at);
		survivor.record(author, HistoryEvent.MERGED, "from " + merged.number(), at);
		return List.of(ended);
	}

	/**
	 * The case for messages split off {@code from} (same severity, contacts,
	 * organisation, language): some of its messages move, not none and not all.
	 * @param messages the ids of the case's messages
	 * @param chosen the ids to move
	 * @param firstSubject the subject of the first message that moves
	 */
	static NewCase splitOff(Case from, List<Long> messages, List<Long> chosen, String firstSubject, OffsetDateTime at) {
		if (chosen.isEmpty()) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.SPLIT_EMPTY, from.number());
		}
		if (!messages.containsAll(chosen)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.SPLIT_UNKNOWN_MESSAGE, from.number());
		}
		if (chosen.containsAll(messages)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.SPLIT_ALL, from.number());
		}
		return from.likeThis(firstSubject, at);
	}

	/** Records both sides of a split once the new case exists. */
	static void split(Case from, Case created, List<Long> messageIds, String author, OffsetDateTime at) {
		from.linkBothSides(LinkType.SPLIT_INTO, created, LinkType.SPLIT_FROM);
		from.record(author, HistoryEvent.SPLIT, "messages " + messageIds + " into " + created.number(), at);
		created.record(author, HistoryEvent.SPLIT, "from " + from.number(), at);
	}

	/** An agent links two cases; both show the link, a case is not linked to itself. */
	static void link(Case current, Case other, LinkType type, String author, OffsetDateTime at) {
		if (other.number() == current.number()) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.LINK_SELF, current.number());
		}
		current.linkBothSides(type, other, type);
		current.record(author, HistoryEvent.LINKED, type + " " + other.number(), at);
	}

}
