package eu.jdservices.caso.intake;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake's API for other modules: the stored inbound mails, their parsing and the
 * recording of decisions.
 */
@Service
public class InboundMails {

	private final IntakeStore store;

	private final MailParser parser;

	private final TriageBacklog backlog;

	private final MailAnnouncements announcements;

	InboundMails(IntakeStore store, MailParser parser, TriageBacklog backlog, MailAnnouncements announcements) {
		this.store = store;
		this.parser = parser;
		this.backlog = backlog;
		this.announcements = announcements;
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

	/**
	 * Parses the stored bytes. Headers named {@code X-Caso-*} are left out: they are ours
	 * to write, and a sender who sets them states nothing Caso may rely on (the raw mail
	 * keeps them).
	 */
	public ParsedMail parse(InboundMail mail) throws MailParser.UnparseableMailException {
		return withoutOwnHeaders(this.parser.parse(mail.raw()));
	}

	static ParsedMail withoutOwnHeaders(ParsedMail mail) {
		if (mail.headers().keySet().stream().noneMatch(InboundMails::ownHeader)) {
			return mail;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>(mail.headers());
		headers.keySet().removeIf(InboundMails::ownHeader);
		return new ParsedMail(mail.messageId(), mail.from(), mail.sender(), mail.to(), mail.cc(), mail.replyTo(),
				mail.subject(), mail.date(), mail.inReplyTo(), mail.references(), headers, mail.text(), mail.html(),
				mail.attachments(), mail.textCut(), mail.partsLeftOut());
	}

	private static boolean ownHeader(String name) {
		return name.toLowerCase(Locale.ROOT).startsWith("x-caso-");
	}

	/** Records what became of a mail. */
	public void decide(long intakeId, String from, Decision decision, List<Reason> reasons, String detail,
			Long caseNumber) {
		this.store.decide(intakeId, from, decision, reasons, detail, caseNumber);
	}

	/**
	 * Our own failure while deciding a mail: the attempt and the error (a stack trace)
	 * are kept with it for agents.
	 * @return how many attempts have failed now; empty when the mail is decided already
	 */
	public Optional<Integer> failedAttempt(long intakeId, String failure) {
		return this.store.failedAttempt(intakeId, failure);
	}

	/**
	 * When the mail with this Message-ID (brackets optional) was stored, for measuring
	 * how long its answer took; empty when there is none, or when an agent released it
	 * (its answer waited for the agent).
	 */
	public Optional<OffsetDateTime> storedAt(String messageId) {
		return this.store.storedAt(HeaderSection.stripBrackets(messageId));
	}

	/** What became of one stored mail. */
	public Optional<InboundRecord> record(long id) {
		return this.store.record(id);
	}

	/** Every stored inbound mail with this Message-ID (brackets optional). */
	public List<InboundRecord> findByMessageId(String messageId) {
		return this.store.findByMessageId(HeaderSection.stripBrackets(messageId));
	}

	/**
	 * The held mails with this decision (QUARANTINED or REJECTED), newest first.
	 */
	@Transactional(readOnly = true)
	public HeldMail.Page held(Decision decision, int page, int size) {
		List<HeldMail> items = this.store.held(decision, page * size, size)
			.stream()
			.map((mail) -> mail.withSubject(subjectOf(mail.id())))
			.toList();
		return new HeldMail.Page(items, this.store.countHeld(decision));
	}

	private String subjectOf(long id) {
		try {
			return this.parser.parse(this.store.raw(id).orElseThrow()).subject();
		}
		catch (MailParser.UnparseableMailException ex) {
			return "";
		}
	}

	/** A stored mail with its parsed content, for reviewing. */
	@Transactional(readOnly = true)
	public Optional<HeldMail.Reading> read(long id) {
		return this.store.heldMail(id).map((mail) -> {
			try {
				ParsedMail parsed = this.parser.parse(this.store.raw(id).orElseThrow());
				return new HeldMail.Reading(mail.withSubject(parsed.subject()), parsed, null);
			}
			catch (MailParser.UnparseableMailException ex) {
				return new HeldMail.Reading(mail, null, ex.getMessage());
			}
		});
	}

	/** The exact bytes of a stored mail. */
	@Transactional(readOnly = true)
	public Optional<byte[]> raw(long id) {
		return this.store.raw(id);
	}

	/**
	 * An agent discards a held mail: it stays stored, IGNORED with
	 * {@code DISCARDED_BY_AGENT}.
	 * @return false when the mail is not held (unknown, or already decided otherwise)
	 */
	@Transactional
	public boolean discard(long id, String agent) {
		return this.store.discard(id, agent, Reason.DISCARDED_BY_AGENT, "Discarded by " + agent);
	}

	/**
	 * An agent releases a held mail into processing again: it is decided anew, and opens
	 * a case even if a guideline would reject it.
	 * @return false when the mail is not held (unknown, or already decided otherwise)
	 */
	@Transactional
	public boolean release(long id, String agent) {
		if (!this.store.release(id, agent)) {
			return false;
		}
		this.announcements.afterCommit(id, null);
		return true;
	}

}
