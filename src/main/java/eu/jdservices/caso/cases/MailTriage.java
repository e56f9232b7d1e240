package eu.jdservices.caso.cases;

import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.InboundMail;
import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.MailParser;
import eu.jdservices.caso.intake.MailReceived;
import eu.jdservices.caso.intake.ParsedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides what a stored inbound mail becomes and applies it in one transaction together
 * with the decision record: automatic mail is ignored (a bounce of ours is kept on its
 * case), a reply joins its case, anything else opens a case. Idempotent: a mail already
 * decided is left alone. A failure never loses the mail: it is quarantined with the
 * error.
 */
@Component
class MailTriage {

	static final String UNPARSEABLE = "UNPARSEABLE";

	static final String AUTO_REPLY = "AUTO_REPLY";

	private static final Logger log = LoggerFactory.getLogger(MailTriage.class);

	private final InboundMails inbound;

	private final CaseStore store;

	private final OpeningCases opening;

	private final AppendingReply appending;

	private final TransactionTemplate transactions;

	MailTriage(InboundMails inbound, CaseStore store, OpeningCases opening, AppendingReply appending,
			TransactionTemplate transactions) {
		this.inbound = inbound;
		this.store = store;
		this.opening = opening;
		this.appending = appending;
		this.transactions = transactions;
	}

	@Async
	@TransactionalEventListener
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
			log.error("Mail {} could not be processed; quarantined with the error", intakeId, ex);
			this.transactions.executeWithoutResult((status) -> this.inbound.lockUndecided(intakeId)
				.ifPresent((mail) -> this.inbound.decide(intakeId, mail.envelopeFrom(), Decision.QUARANTINED,
						List.of(UNPARSEABLE), "Processing failed: " + ex, null)));
		}
	}

	private Outcome decide(InboundMail stored) {
		ParsedMail mail;
		try {
			mail = this.inbound.parse(stored);
		}
		catch (MailParser.UnparseableMailException ex) {
			return Outcome.quarantined(stored.envelopeFrom(), ex.getMessage());
		}
		Optional<String> automatic = AutomaticMail.why(mail, stored.envelopeFrom());
		if (automatic.isPresent()) {
			return automatic(stored, mail, automatic.get());
		}
		if (mail.from() == null || !mail.from().email().contains("@")) {
			return Outcome.quarantined(stored.envelopeFrom(), "The mail names no sender address (From)");
		}
		Optional<Threading.Match> match = Threading.find(mail, this.store::caseOfMessageId)
			.map((found) -> new Threading.Match(this.store.survivor(found.caseNumber()), found.byReplyHeaders()))
			.filter((found) -> this.store.find(found.caseNumber()).isPresent());
		IncomingMessage message = new IncomingMessage(stored.id(), mail);
		if (match.isPresent()) {
			return this.appending.append(message, match.get());
		}
		return this.opening.open(message, stored.recipients(), stored.releasedBy());
	}

	/**
	 * Automatic mail never opens a case nor gets an answer; a bounce of our mail is kept
	 * on its case.
	 */
	private Outcome automatic(InboundMail stored, ParsedMail mail, String why) {
		String from = (mail.from() != null) ? mail.from().email() : stored.envelopeFrom();
		Optional<AutomaticMail.Bounce> bounce = AutomaticMail.bounce(mail);
		Optional<Long> caseNumber = bounce
			.flatMap((report) -> report.messageIds()
				.stream()
				.map(this.store::caseOfMessageId)
				.flatMap(Optional::stream)
				.findFirst())
			.or(() -> Threading.find(mail, this.store::caseOfMessageId).map(Threading.Match::caseNumber))
			.filter((number) -> this.store.find(number).isPresent());
		if (bounce.isPresent() && caseNumber.isPresent()) {
			long number = caseNumber.get();
			this.store.addIncoming(number, new IncomingMessage(stored.id(), withSender(mail, from)),
					this.appending.now(), MessageKind.BOUNCE.name());
			List<String> contacts = this.store.find(number).orElseThrow().contacts();
			for (String failed : bounce.get().failedRecipients()) {
				if (contacts.contains(failed)) {
					this.store.markFailing(number, failed);
					this.store.recordHistory(number, "caso", "CONTACT_FAILING", failed + ": mail to it bounced",
							this.appending.now());
				}
			}
		}
		return new Outcome(from, Decision.IGNORED, List.of(AUTO_REPLY), why, caseNumber.orElse(null));
	}

	private static ParsedMail withSender(ParsedMail mail, String from) {
		if (mail.from() != null) {
			return mail;
		}
		return new ParsedMail(mail.messageId(), new ParsedMail.Address(from, ""), mail.sender(), mail.to(), mail.cc(),
				mail.replyTo(), mail.subject(), mail.date(), mail.inReplyTo(), mail.references(), mail.headers(),
				mail.text(), mail.html(), mail.attachments());
	}

	private void record(InboundMail stored, Outcome outcome) {
		this.inbound.decide(stored.id(), outcome.from(), outcome.decision(), outcome.reasons(), outcome.detail(),
				outcome.caseNumber());
	}

}
