package eu.jdservices.caso.outbound;

import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.InReplyTo;
import eu.jdservices.caso.cases.OutgoingMessage;
import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.Reachability;

import org.springframework.stereotype.Component;

/**
 * Puts one mail of ours into the outbox, in the transaction of the decision that causes
 * it, and into its case's thread. Nothing is ever queued to an address that can never be
 * answered (the case says so).
 */
@Component
class Sending {

	private final MailComposer composer;

	private final Outbox outbox;

	private final Cases cases;

	private final InboundMails inbound;

	Sending(MailComposer composer, Outbox outbox, Cases cases, InboundMails inbound) {
		this.composer = composer;
		this.outbox = outbox;
		this.cases = cases;
		this.inbound = inbound;
	}

	void send(Letter letter) {
		List<String> to = letter.to().stream().filter(Reachability::isReachable).toList();
		List<String> cc = letter.cc().stream().filter(Reachability::isReachable).toList();
		if (to.isEmpty() && cc.isEmpty()) {
			return;
		}
		if (to.isEmpty()) {
			to = List.of(cc.get(0));
			cc = cc.subList(1, cc.size());
		}
		ComposedMail mail = this.composer.compose(new MailComposer.Draft(letter.from(), to, cc, letter.subject(),
				letter.text(), letter.language(), letter.answering().messageId(), letter.answering().references(),
				letter.automatic(), letter.notice(), letter.calendar()));
		this.outbox.queue(mail, letter.kind(), letter.caseNumber(), storedAtOfAcknowledged(letter));
		if (letter.onCase()) {
			this.cases.recordOutgoing(letter.caseNumber(),
					new OutgoingMessage(letter.kind().message(), mail.messageId(), letter.from(), to, cc,
							letter.subject(), letter.text(), this.outbox.now(), letter.author()));
		}
	}

	/**
	 * For the acknowledgement latency: when the customer's mail an acknowledgement
	 * answers was stored.
	 */
	private OffsetDateTime storedAtOfAcknowledged(Letter letter) {
		if (letter.kind() != OutboxKind.ACKNOWLEDGEMENT || letter.answering().messageId() == null) {
			return null;
		}
		return this.inbound.storedAt(letter.answering().messageId()).orElse(null);
	}

	/**
	 * One mail to send.
	 *
	 * @param from our address it comes from
	 * @param to recipients
	 * @param cc recipients in copy
	 * @param subject subject
	 * @param text text
	 * @param language {@code es} or {@code en}
	 * @param answering the mail it answers (threading)
	 * @param automatic an automatic mail ({@code Auto-Submitted: auto-replied})
	 * @param notice a notice ({@code Precedence: bulk})
	 * @param kind what it is
	 * @param caseNumber its case, or {@code null}
	 * @param author the agent who wrote it, if one did
	 * @param onCase whether the case's thread shows it
	 * @param calendar its iTIP object (iMIP), or {@code null}
	 */
	record Letter(String from, List<String> to, List<String> cc, String subject, String text, String language,
			InReplyTo answering, boolean automatic, boolean notice, OutboxKind kind, Long caseNumber, String author,
			boolean onCase, MailComposer.CalendarPart calendar) {

		Letter(String from, List<String> to, List<String> cc, String subject, String text, String language,
				InReplyTo answering, boolean automatic, boolean notice, OutboxKind kind, Long caseNumber, String author,
				boolean onCase) {
			this(from, to, cc, subject, text, language, answering, automatic, notice, kind, caseNumber, author, onCase,
					null);
		}

		Letter {
			to = List.copyOf(to);
			cc = List.copyOf(cc);
			answering = (answering != null) ? answering : new InReplyTo(null, List.of());
		}

	}

}
