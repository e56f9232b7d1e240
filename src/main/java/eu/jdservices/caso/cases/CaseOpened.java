package eu.jdservices.caso.cases;

import java.util.List;

/**
 * A mail opened a new case.
 *
 * @param snapshot the case
 * @param opening the customer's opening mail
 * @param notes guideline findings the acknowledgement tells the customer about (may be
 * empty)
 * @param acknowledge whether an acknowledgement goes out (false past the per-sender cap
 * on automatic mail)
 */
public record CaseOpened(CaseSnapshot snapshot, InReplyTo opening, List<GuidelineNote> notes,
		boolean acknowledge) implements CaseEvent {

	public CaseOpened {
		notes = List.copyOf(notes);
	}

}
