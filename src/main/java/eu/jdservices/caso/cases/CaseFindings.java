package eu.jdservices.caso.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.QuotedHistory;
import eu.jdservices.caso.intake.Reachability;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.policy.Finding;
import eu.jdservices.caso.policy.Verdict;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What is known about a case from its opening mail, kept on it: the guideline checks'
 * findings and effects (a linked duplicate; the alternative contacts are stored with the
 * case itself), an agent's release, the closed cases it cites (S3.2), and the addresses
 * that can never be answered.
 */
@Component
class CaseFindings {

	private final CaseRepository cases;

	private final ObjectProvider<OpeningFindings> others;

	CaseFindings(CaseRepository cases, ObjectProvider<OpeningFindings> others) {
		this.cases = cases;
		this.others = others;
	}

	/**
	 * Keeps the findings on the case (saved with it) and returns the reason codes of the
	 * decision, in the order they were found; what other modules found that the customer
	 * is to be told goes to {@code notes}.
	 */
	List<Reason> keep(Case opened, Verdict verdict, ParsedMail mail, String releasedBy, OpeningFindings.Opening opening,
			List<GuidelineNote> notes) {
		List<Reason> reasons = new ArrayList<>();
		for (Finding finding : verdict.findings()) {
			opened.find(finding.code(), finding.rule(), finding.detail(), opened.facts().createdAt());
			addOnce(reasons, finding.code());
		}
		verdict.duplicateOf()
			.flatMap(this.cases::load)
			.ifPresent((existing) -> linkBothSides(opened, LinkType.DUPLICATE_OPEN_CASE, existing));
		if (releasedBy != null) {
			reasons.add(Reason.RELEASED_BY_AGENT);
			opened.record(releasedBy, HistoryEvent.RELEASED_BY_AGENT, "Mail released by " + releasedBy,
					opened.facts().createdAt());
		}
		recurrences(opened, mail, reasons);
		unreachableContacts(opened, reasons);
		othersFindings(opened, opening, reasons, notes);
		return reasons;
	}

	/** What other modules know about the new case ({@link OpeningFindings}). */
	private void othersFindings(Case opened, OpeningFindings.Opening opening, List<Reason> reasons,
			List<GuidelineNote> notes) {
		this.others.orderedStream().flatMap((other) -> other.about(opening).stream()).forEach((found) -> {
			opened.find(found.code(), null, found.detail(), opened.facts().createdAt());
			addOnce(reasons, found.code());
			if (found.note() != null) {
				notes.add(found.note());
			}
		});
	}

	/** S3.2: a new case citing a closed case is linked to it. */
	private void recurrences(Case opened, ParsedMail mail, List<Reason> reasons) {
		for (long cited : CaseReferences.mentioned(mail.subject() + "\n" + QuotedHistory.newText(mail.text()))) {
			Optional<Case> earlier = (cited != opened.number()) ? this.cases.load(cited) : Optional.empty();
			if (earlier.isPresent() && earlier.get().isEnded()) {
				linkBothSides(opened, LinkType.RECURRENCE, earlier.get());
				opened.find(Reason.RECURRENCE, null, "Cites closed case " + cited, opened.facts().createdAt());
				addOnce(reasons, Reason.RECURRENCE);
			}
		}
	}

	/**
	 * Addresses that can never be answered (invalid syntax, a domain that cannot exist)
	 * are known now: the case says so, the contact is failing from the start, and the
	 * outbox never gets mail for it.
	 */
	private void unreachableContacts(Case opened, List<Reason> reasons) {
		List<String> unreachable = new ArrayList<>();
		for (String contact : opened.contacts()) {
			Reachability.problem(contact).ifPresent((problem) -> {
				unreachable.add(contact + " (" + problem.description() + ")");
				this.cases.markFailing(opened.number(), contact, null, problem.description(),
						opened.facts().createdAt());
			});
		}
		if (!unreachable.isEmpty()) {
			opened.find(Reason.INVALID_ADDRESS, null,
					"Mail to " + String.join(", ", unreachable) + " can never be delivered; nothing is sent to it",
					opened.facts().createdAt());
			addOnce(reasons, Reason.INVALID_ADDRESS);
		}
	}

	private void linkBothSides(Case opened, LinkType type, Case other) {
		opened.linkBothSides(type, other, type);
		this.cases.save(other);
	}

	private static void addOnce(List<Reason> reasons, Reason code) {
		if (!reasons.contains(code)) {
			reasons.add(code);
		}
	}

}
