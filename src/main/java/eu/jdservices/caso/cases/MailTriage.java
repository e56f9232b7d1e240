package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.InboundMail;
import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.MailParser;
import eu.jdservices.caso.intake.MailReceived;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides what a stored inbound mail becomes and applies it in one transaction, together
 * with the decision record: a new case, a re-sent copy of an opening mail, or quarantine.
 * Idempotent: a mail already decided is left alone. A failure never loses the mail: it is
 * quarantined with the error.
 */
@Component
class MailTriage {

	static final String UNPARSEABLE = "UNPARSEABLE";

	static final String DUPLICATE_MESSAGE = "DUPLICATE_MESSAGE";

	private static final Duration RESEND_WINDOW = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(MailTriage.class);

	private final InboundMails inbound;

	private final IntakeAddresses addresses;

	private final Directory directory;

	private final CaseStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final OpeningCase opening;

	MailTriage(InboundMails inbound, IntakeAddresses addresses, Directory directory, CaseStore store,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.inbound = inbound;
		this.addresses = addresses;
		this.directory = directory;
		this.store = store;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.opening = new OpeningCase(clock);
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
			this.transactions
				.executeWithoutResult((status) -> this.inbound.lockUndecided(intakeId).ifPresent(this::decide));
		}
		catch (RuntimeException ex) {
			log.error("Mail {} could not be processed; quarantined with the error", intakeId, ex);
			this.transactions.executeWithoutResult((status) -> this.inbound.lockUndecided(intakeId)
				.ifPresent((mail) -> this.inbound.decide(intakeId, mail.envelopeFrom(), Decision.QUARANTINED,
						List.of(UNPARSEABLE), "Processing failed: " + ex, null)));
		}
	}

	private void decide(InboundMail stored) {
		ParsedMail mail;
		try {
			mail = this.inbound.parse(stored);
		}
		catch (MailParser.UnparseableMailException ex) {
			quarantine(stored, ex.getMessage());
			return;
		}
		if (mail.from() == null || mail.from().email().isBlank() || !mail.from().email().contains("@")) {
			quarantine(stored, "The mail names no sender address (From)");
			return;
		}
		IncomingMessage message = new IncomingMessage(stored.id(), mail);
		List<String> addressed = new ArrayList<>(stored.recipients());
		mail.to().forEach((address) -> addressed.add(address.email()));
		mail.cc().forEach((address) -> addressed.add(address.email()));
		Severity severity = this.addresses.highestSeverity(addressed).orElse(Severity.C);
		Optional<Contact> contact = this.directory.contact(mail.from().email());
		String organization = contact.map(Contact::organization)
			.or(() -> this.directory.organizationOf(mail.from().email()))
			.orElse(null);
		NewCase newCase = this.opening.open(message, severity, this.addresses::isOwn, organization,
				contact.map(Contact::language).orElse(null));
		Optional<Long> resent = this.store.openedWith(newCase.requester(), newCase.fingerprint(),
				now().minus(RESEND_WINDOW));
		if (resent.isPresent()) {
			long number = resent.get();
			this.store.addIncoming(number, message, newCase.createdAt());
			CaseSummary existing = this.store.find(number).orElseThrow();
			this.events.publishEvent(new OpeningMailResent(snapshot(existing, newCase.requesterName()),
					new CustomerMail(mail.messageId(), mail.references())));
			this.inbound.decide(stored.id(), newCase.requester(), Decision.APPENDED, List.of(DUPLICATE_MESSAGE),
					"Same mail as the opening mail of case " + number + "; acknowledgement sent again", number);
			return;
		}
		long number = this.store.insert(newCase);
		this.store.addIncoming(number, message, newCase.createdAt());
		this.events.publishEvent(new CaseOpened(new CaseSnapshot(number, newCase.severity(), newCase.subject(),
				newCase.requester(), newCase.requesterName(), newCase.contacts(), newCase.language(),
				newCase.organization(), newCase.createdAt()), new CustomerMail(mail.messageId(), mail.references())));
		this.inbound.decide(stored.id(), newCase.requester(), Decision.CASE_OPENED, List.of(), null, number);
	}

	private void quarantine(InboundMail stored, String why) {
		this.inbound.decide(stored.id(), stored.envelopeFrom(), Decision.QUARANTINED, List.of(UNPARSEABLE), why, null);
	}

	private static CaseSnapshot snapshot(CaseSummary summary, String requesterName) {
		return new CaseSnapshot(summary.number(), summary.severity(), summary.subject(), summary.requester(),
				requesterName, summary.contacts(), summary.language(), summary.organization(), summary.createdAt());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
