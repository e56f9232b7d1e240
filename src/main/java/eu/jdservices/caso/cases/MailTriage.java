package eu.jdservices.caso.cases;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.InboundMail;
import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.MailParser;
import eu.jdservices.caso.intake.MailReceived;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.SenderAuthentication;
import eu.jdservices.caso.intake.SpamVerdicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides what a stored inbound mail becomes and applies it in one transaction together
 * with the decision record: automatic mail is ignored (a bounce of ours is kept on its
 * case), a reply joins its case, anything else opens a case; the receiving MTA's spam
 * verdict quarantines it first. Idempotent: a mail already decided is left alone. A
 * failure never loses the mail: while the database is unavailable it waits undecided; our
 * own failure is retried and then quarantined with the error.
 */
@Component
class MailTriage {

	/** Attempts at deciding a mail before our own failure quarantines it. */
	static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(MailTriage.class);

	private final InboundMails inbound;

	private final CaseThreads threads;

	private final KeepingBounces bounces;

	private final OpeningCases opening;

	private final AppendingReply appending;

	private final TransactionTemplate transactions;

	private final SpamVerdicts spamVerdicts;

	private final SenderAuthentication senderAuthentication;

	private final ObjectProvider<MailCases> mailCases;

	MailTriage(InboundMails inbound, CaseThreads threads, KeepingBounces bounces, OpeningCases opening,
			AppendingReply appending, TransactionTemplate transactions, SpamVerdicts spamVerdicts,
			SenderAuthentication senderAuthentication, ObjectProvider<MailCases> mailCases) {
		this.mailCases = mailCases;
		this.threads = threads;
		this.bounces = bounces;
		this.spamVerdicts = spamVerdicts;
		this.senderAuthentication = senderAuthentication;
		this.inbound = inbound;
		this.opening = opening;
		this.appending = appending;
		this.transactions = transactions;
	}

	@Async
	@EventListener
	void on(MailReceived received) {
		triage(received.intakeId());
	}

	void triage(long intakeId) {
		try {
			decideOnce(intakeId);
		}
		finally {
			this.inbound.processed(intakeId);
		}
	}

	private void decideOnce(long intakeId) {
		try {
			this.transactions.executeWithoutResult(
					(status) -> this.inbound.lockUndecided(intakeId).ifPresent((mail) -> record(mail, decide(mail))));
		}
		catch (RuntimeException ex) {
			if (isDatabaseUnavailable(ex)) {
				// not the mail's fault: it stays undecided and is taken up again when the
				// database is back (the intake's recovery announces undecided mail again)
				log.warn("Mail {} could not be decided, the database is unavailable; it will be again: {}", intakeId,
						ex.toString());
				throw ex;
			}
			failed(intakeId, ex);
		}
	}

	/**
	 * Our own fault while deciding: the error is kept with the mail, and the mail is
	 * tried again (after {@code caso.intake.recovery-after}) until {@value #ATTEMPTS}
	 * attempts failed; then it is quarantined as {@code PROCESSING_FAILED} for an agent.
	 */
	private void failed(long intakeId, RuntimeException ex) {
		int attempts = this.transactions
			.execute((status) -> this.inbound.failedAttempt(intakeId, stackTrace(ex)).orElse(ATTEMPTS));
		if (attempts < ATTEMPTS) {
			log.error("Mail {} could not be processed (attempt {} of {}); it will be tried again", intakeId, attempts,
					ATTEMPTS, ex);
			throw ex;
		}
		log.error("Mail {} could not be processed in {} attempts; quarantined as {} with the error", intakeId, attempts,
				Reason.PROCESSING_FAILED, ex);
		this.transactions.executeWithoutResult((status) -> this.inbound.lockUndecided(intakeId)
			.ifPresent((mail) -> this.inbound.decide(intakeId, mail.envelopeFrom(), Decision.QUARANTINED,
					List.of(Reason.PROCESSING_FAILED), "Processing failed " + attempts + " times: " + ex, null)));
	}

	/**
	 * Whether the failure is the database being unreachable or failing over (no
	 * connection, connection lost, commit unknown) rather than something about the mail.
	 */
	static boolean isDatabaseUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof RecoverableDataAccessException
					|| cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException
					|| cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	private static String stackTrace(Throwable ex) {
		java.io.StringWriter trace = new java.io.StringWriter();
		ex.printStackTrace(new java.io.PrintWriter(trace));
		return trace.toString();
	}

	private Outcome decide(InboundMail stored) {
		ParsedMail mail;
		try {
			mail = this.inbound.parse(stored);
		}
		catch (MailParser.UnparseableMailException ex) {
			return Outcome.quarantined(stored.envelopeFrom(), Reason.UNPARSEABLE, ex.getMessage());
		}
		if (stored.releasedBy() == null) {
			Optional<String> spam = this.spamVerdicts.of(mail);
			if (spam.isPresent()) {
				return Outcome.quarantined(stored.envelopeFrom(), Reason.SPAM,
						"The receiving mail server marked it as spam: " + spam.get());
			}
			Optional<String> forged = this.senderAuthentication.refusal(stored, mail);
			if (forged.isPresent()) {
				return Outcome.quarantined((mail.from() != null) ? mail.from().email() : stored.envelopeFrom(),
						Reason.SENDER_NOT_AUTHENTICATED, forged.get());
			}
		}
		Optional<String> automatic = AutomaticMail.why(mail, stored.envelopeFrom());
		if (automatic.isPresent()) {
			return this.bounces.ignore(stored, mail, automatic.get());
		}
		if (mail.from() == null || !mail.from().email().contains("@")) {
			String envelope = stored.envelopeFrom().isBlank() ? "none (null return path)" : stored.envelopeFrom();
			return Outcome.quarantined(stored.envelopeFrom(), Reason.NO_SENDER,
					"The mail names no usable sender address (From); envelope sender: " + envelope);
		}
		Optional<Threading.Match> match = Threading.find(mail, this.threads::caseOf)
			.or(() -> this.mailCases.orderedStream()
				.flatMap((known) -> known.caseOf(mail).stream())
				.findFirst()
				.map((number) -> new Threading.Match(number, false)))
			.map((found) -> new Threading.Match(this.threads.survivor(found.caseNumber()), found.byReplyHeaders()))
			.filter((found) -> this.threads.exists(found.caseNumber()));
		IncomingMessage message = new IncomingMessage(stored.id(), mail);
		if (match.isPresent()) {
			return this.appending.append(message, match.get(), stored.imported());
		}
		return this.opening.open(message, stored.recipients(), stored.releasedBy(), stored.imported());
	}

	private void record(InboundMail stored, Outcome outcome) {
		this.inbound.decide(stored.id(), outcome.from(), outcome.decision(), outcome.reasons(), outcome.detail(),
				outcome.caseNumber());
	}

}
