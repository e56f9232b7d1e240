package eu.jdservices.caso.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The case-opening guidelines as checks, in the order they run: the order of the
 * published page. Add a rule here and nowhere else.
 */
final class Guidelines {

	private Guidelines() {
	}

	static List<GuidelineCheck> checks(PolicyProperties settings) {
		List<GuidelineCheck> checks = new ArrayList<>();
		// S1.3 own professional account
		checks.add(new SharedMailboxCheck(settings.sharedMailbox())); // SHARED_MAILBOX
		checks.add(new OnBehalfCheck(settings.onBehalf())); // ON_BEHALF
		checks.add(new NotAuthorizedCheck(settings.notAuthorized())); // NOT_AUTHORIZED
		// S1.4 unknown or alternate address; alternative contact methods kept
		checks.add(new UnknownSenderCheck(settings.unknownSender())); // UNKNOWN_SENDER
		// S1.6 one matter per case
		checks.add(new MultipleMattersCheck(settings.multipleMatters())); // MULTIPLE_MATTERS
		// S1.7 specific subject; ALL-CAPS subjects normalised
		checks.add(new VagueSubjectCheck(settings.vagueSubject())); // VAGUE_SUBJECT
		// S1.8 details in writing, not calls
		checks.add(new CallRequestOnlyCheck(settings.callRequestOnly())); // CALL_REQUEST_ONLY
		// S1.9 the 10 items of a technical incident
		checks.add(new MissingIncidentDetailsCheck(settings.missingIncidentDetails()));
		// S1.10 attachments up to 5 MB
		checks.add(new AttachmentTooLargeCheck(settings.attachmentTooLarge())); // ATTACHMENT_TOO_LARGE
		// S1.11 no secrets; redacted
		checks.add(new SensitiveDataCheck(settings.sensitiveData())); // SENSITIVE_DATA
		// S2.4 no new case on the matter of an open case
		checks.add(new DuplicateOpenCaseCheck(settings.duplicateOpenCase())); // DUPLICATE_OPEN_CASE
		// S4.1 severity table: a hint for agents
		checks.add(new SeverityMismatchCheck(settings.severityMismatch())); // SEVERITY_MISMATCH
		return List.copyOf(checks);
	}

}
