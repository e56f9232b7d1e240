package eu.jdservices.caso.policy;

import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.intake.Reason;

/**
 * The result of running the guideline checks on a mail that is about to open a case.
 *
 * @param findings what the checks found, in the order of the checks
 * @param redactedText the mail text with secrets replaced (S1.11); the text itself when
 * nothing was redacted
 * @param redactions codes of what was redacted ({@code PASSWORD}, {@code CARD},
 * {@code IBAN}, {@code DNI}, {@code NIE}), in order of appearance
 * @param droppedAttachments names of attachments not accepted into the case (S1.10)
 * @param alternativeContacts phone numbers and availability written in the mail (S1.4)
 * @param normalizedSubject the subject to store: ALL-CAPS subjects in normal case, else
 * the subject unchanged (S1.7)
 * @param duplicateOf the open case this mail duplicates (S2.4)
 */
public record Verdict(List<Finding> findings, String redactedText, List<String> redactions,
		List<String> droppedAttachments, List<String> alternativeContacts, String normalizedSubject,
		Optional<Long> duplicateOf) {

	public Verdict {
		findings = List.copyOf(findings);
		redactions = List.copyOf(redactions);
		droppedAttachments = List.copyOf(droppedAttachments);
		alternativeContacts = List.copyOf(alternativeContacts);
	}

	/** Whether no case should open: some finding has action {@link Action#REJECT}. */
	public boolean rejected() {
		return !rejections().isEmpty();
	}

	/** Findings that reject the mail: the reasons of the reject notice. */
	public List<Finding> rejections() {
		return withAction(Action.REJECT);
	}

	/** Findings the acknowledgement tells the customer about. */
	public List<Finding> warnings() {
		return withAction(Action.WARN);
	}

	/** Hints for agents only. */
	public List<Finding> infos() {
		return withAction(Action.INFO);
	}

	/** The finding codes, in order, without repetitions. */
	public List<Reason> codes() {
		return this.findings.stream().map(Finding::code).distinct().toList();
	}

	/** Whether some check found the given code. */
	public boolean has(Reason code) {
		return this.findings.stream().anyMatch((finding) -> finding.code() == code);
	}

	private List<Finding> withAction(Action action) {
		return this.findings.stream().filter((finding) -> finding.action() == action).toList();
	}

}
