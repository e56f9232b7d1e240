package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases module's API for other modules and the web layers: reading cases, and what
 * the outbound module tells a case about the mail it sent for it.
 */
@Service
public class Cases {

	private final CaseSearch search;

	private final ConversationStore conversation;

	private final CaseRepository repository;

	Cases(CaseSearch search, ConversationStore conversation, CaseRepository repository) {
		this.search = search;
		this.conversation = conversation;
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public Optional<CaseDetails> find(long number) {
		return this.search.find(number)
			.map((summary) -> new CaseDetails(summary, this.conversation.messages(number),
					this.search.history(number)));
	}

	/**
	 * The id of the case's newest message (0 when it has none, or the case is unknown): a
	 * cheap way to tell that something was added since a view was shown.
	 */
	@Transactional(readOnly = true)
	public long lastMessageId(long number) {
		return this.conversation.lastMessageId(number);
	}

	/**
	 * One attachment of a case; empty when there is none with this id in this case.
	 */
	@Transactional(readOnly = true)
	public Optional<AttachmentFile> attachment(long caseNumber, long attachmentId) {
		return this.conversation.attachment(caseNumber, attachmentId);
	}

	/**
	 * Counts stop here: past it a count says "more than
	 * {@value}" ({@link Page#totalCapped()}).
	 */
	public static final int COUNT_CAP = 1_000;

	@Transactional(readOnly = true)
	public Page list(CaseQuery query) {
		List<Long> matching = this.search.matching(query, COUNT_CAP);
		if (matching.size() <= COUNT_CAP) {
			return new Page(this.search.page(query, matching), matching.size(), false);
		}
		return new Page(this.search.walk(query), COUNT_CAP, true);
	}

	/**
	 * How many cases match the query in each status (the query's status aside), each up
	 * to {@link #COUNT_CAP} + 1: more than the cap when it says {@code COUNT_CAP + 1}.
	 */
	@Transactional(readOnly = true)
	public Map<Status, Long> countByStatus(CaseQuery query) {
		return this.search.countByStatus(query, COUNT_CAP);
	}

	/**
	 * What a mail to a case's contacts needs: the case as it is now and the thread the
	 * mail answers; empty for an unknown case.
	 */
	@Transactional(readOnly = true)
	public Optional<ContactsMail> contactsMail(long number) {
		return this.repository.load(number)
			.map((found) -> new ContactsMail(found.snapshot(), this.conversation.thread(number)));
	}

	/** Records a mail we sent about a case in its thread. */
	@Transactional
	public void recordOutgoing(long number, OutgoingMessage message) {
		this.conversation.addOutgoing(number, message);
	}

	/** The acknowledgement of a case has left (the first time counts). */
	@Transactional
	public void acknowledged(long number, OffsetDateTime at) {
		this.repository.acknowledged(number, at);
	}

	/**
	 * Our mail to a contact of the case cannot be delivered (the relay refused it for
	 * good, the address can never be answered, or retries gave up): the contact is marked
	 * failing, with the reason, for agents to see. Addresses that are no contact of the
	 * case (an escalation, a notice to a stranger) are left alone.
	 * @param mail the kind of our mail that failed
	 */
	@Transactional
	public void deliveryFailed(long number, String email, MessageKind mail, String reason, OffsetDateTime at) {
		if (this.repository.markFailing(number, email, mail, reason, at)) {
			this.repository.load(number).ifPresent((failing) -> {
				failing.record(Case.CASO, HistoryEvent.CONTACT_FAILING,
						email + ": " + mail.name().toLowerCase(java.util.Locale.ROOT) + " not delivered: " + reason,
						at);
				this.repository.save(failing);
			});
		}
	}

	/**
	 * A page of cases.
	 *
	 * @param items the cases of the page
	 * @param total how many match in all, at most {@link #COUNT_CAP}
	 * @param totalCapped more than {@code total} match (counting stopped at the cap)
	 */
	public record Page(List<CaseSummary> items, long total, boolean totalCapped) {
	}

	/**
	 * What a mail to the contacts of a case needs.
	 *
	 * @param snapshot the case now
	 * @param thread the mail it answers (the case's last mail of the conversation)
	 */
	public record ContactsMail(CaseSnapshot snapshot, InReplyTo thread) {
	}

}
