package eu.jdservices.caso.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The intake's API for other modules: the stored inbound mails, their parsing and the
 * recording of decisions.
 */
@Service
public class InboundMails {

	private final IntakeStore store;

	private final MailParser parser;

	private final TriageBacklog backlog;

	InboundMails(IntakeStore store, MailParser parser, TriageBacklog backlog) {
		this.store = store;
		this.parser = parser;
		this.backlog = backlog;
	}

	/**
	 * Processing of an announced mail has finished (whatever the outcome): room for the
	 * next one.
	 */
	public void processed(long intakeId) {
		this.backlog.done(intakeId);
	}

	/**
	 * Locks a stored mail that has no decision yet, for the current transaction. Empty
	 * when another node or an earlier attempt has already decided it: processing is
	 * idempotent.
	 */
	public Optional<InboundMail> lockUndecided(long intakeId) {
		return this.store.lockUndecided(intakeId);
	}

	/** Parses the stored bytes. */
	public ParsedMail parse(InboundMail mail) throws MailParser.UnparseableMailException {
		return this.parser.parse(mail.raw());
	}

	/** Records what became of a mail. */
	public void decide(long intakeId, String from, Decision decision, List<String> reasons, String detail,
			Long caseNumber) {
		this.store.decide(intakeId, from, decision, reasons, detail, caseNumber);
	}

	/** Every stored inbound mail with this Message-ID (brackets optional). */
	public List<InboundRecord> findByMessageId(String messageId) {
		return this.store.findByMessageId(HeaderSection.stripBrackets(messageId));
	}

}
