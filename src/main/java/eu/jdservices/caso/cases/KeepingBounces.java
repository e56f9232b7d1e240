package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.InboundMail;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Reason;

import org.springframework.stereotype.Component;

/**
 * Automatic mail never opens a case nor gets an answer; a bounce of our mail is kept on
 * its case, and the contacts it names as failed are marked failing with the remote
 * server's answer.
 */
@Component
class KeepingBounces {

	private final CaseThreads threads;

	private final CaseRepository cases;

	private final ConversationStore conversation;

	private final Clock clock;

	KeepingBounces(CaseThreads threads, CaseRepository cases, ConversationStore conversation, Clock clock) {
		this.threads = threads;
		this.cases = cases;
		this.conversation = conversation;
		this.clock = clock;
	}

	Outcome ignore(InboundMail stored, ParsedMail mail, String why) {
		String from = (mail.from() != null) ? mail.from().email() : stored.envelopeFrom();
		Optional<AutomaticMail.Bounce> bounce = AutomaticMail.bounce(mail);
		Optional<Long> caseNumber = bounce.flatMap((
				report) -> report.messageIds().stream().map(this.threads::caseOf).flatMap(Optional::stream).findFirst())
			.or(() -> Threading.find(mail, this.threads::caseOf).map(Threading.Match::caseNumber))
			.filter(this.threads::exists);
		if (bounce.isPresent() && caseNumber.isPresent()) {
			keep(caseNumber.get(), stored, withSender(mail, from), bounce.get());
		}
		return new Outcome(from, Decision.IGNORED, List.of(Reason.AUTO_REPLY), why, caseNumber.orElse(null));
	}

	private void keep(long number, InboundMail stored, ParsedMail mail, AutomaticMail.Bounce bounce) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.conversation.addIncoming(number, new IncomingMessage(stored.id(), mail), now, MessageKind.BOUNCE,
				List.of());
		Case bounced = this.cases.load(number).orElseThrow();
		for (String failed : bounce.failedRecipients()) {
			if (bounced.isContact(failed)) {
				String reason = bounce.diagnostic(failed).orElse("returned without a reason");
				this.cases.markFailing(number, failed, MessageKind.BOUNCE, reason, now);
				bounced.record(Case.CASO, HistoryEvent.CONTACT_FAILING, failed + ": mail to it bounced: " + reason,
						now);
			}
		}
		this.cases.save(bounced);
	}

	private static ParsedMail withSender(ParsedMail mail, String from) {
		if (mail.from() != null) {
			return mail;
		}
		return new ParsedMail(mail.messageId(), new ParsedMail.Address(from, ""), mail.sender(), mail.to(), mail.cc(),
				mail.replyTo(), mail.subject(), mail.date(), mail.inReplyTo(), mail.references(), mail.headers(),
				mail.text(), mail.html(), mail.attachments(), mail.textCut(), mail.partsLeftOut());
	}

}
