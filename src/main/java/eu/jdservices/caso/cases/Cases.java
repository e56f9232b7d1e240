package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases module's API for other modules and the web layers.
 */
@Service
public class Cases {

	private final CaseStore store;

	Cases(CaseStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public Optional<CaseDetails> find(long number) {
		return this.store.find(number)
			.map((summary) -> new CaseDetails(summary, this.store.messages(number), this.store.history(number)));
	}

	/**
	 * One attachment of a case; empty when there is none with this id in this case.
	 */
	@Transactional(readOnly = true)
	public Optional<AttachmentFile> attachment(long caseNumber, long attachmentId) {
		return this.store.attachment(caseNumber, attachmentId);
	}

	@Transactional(readOnly = true)
	public Page list(CaseQuery query) {
		return new Page(this.store.list(query), this.store.count(query));
	}

	/** How many cases match the query in each status (the query's status aside). */
	@Transactional(readOnly = true)
	public java.util.Map<Status, Long> countByStatus(CaseQuery query) {
		return this.store.countByStatus(query);
	}

	/** Records a mail we sent about a case in its thread. */
	@Transactional
	public void recordOutgoing(long number, OutgoingMessage message) {
		this.store.addOutgoing(number, message);
	}

	/** The acknowledgement of a case has left (the first time counts). */
	@Transactional
	public void acknowledged(long number, OffsetDateTime at) {
		this.store.acknowledged(number, at);
	}

	/**
	 * Our mail to a contact of the case cannot be delivered (the relay refused it for
	 * good, the address can never be answered, or retries gave up): the contact is marked
	 * failing, with the reason, for agents to see. Addresses that are no contact of the
	 * case (an escalation, a notice to a stranger) are left alone.
	 * @param mail the kind of our mail (e.g. {@code ACKNOWLEDGEMENT})
	 */
	@Transactional
	public void deliveryFailed(long number, String email, String mail, String reason, OffsetDateTime at) {
		if (this.store.markFailing(number, email, mail, reason, at)) {
			this.store.recordHistory(number, "caso", "CONTACT_FAILING",
					email + ": " + mail.toLowerCase(java.util.Locale.ROOT) + " not delivered: " + reason, at);
		}
	}

	/** When the customer's answer is due ({@code null}: not waiting). */
	@Transactional
	public void customerResponseDue(long number, OffsetDateTime dueAt) {
		this.store.setDue(number, "customer_response_due_at", dueAt);
	}

	/** When the provider's (first or next) response is due. */
	@Transactional
	public void responseDue(long number, OffsetDateTime dueAt) {
		this.store.setDue(number, "first_response_due_at", dueAt);
	}

	/**
	 * Where the provider's response target stands: {@code null} (on time or met), SOON or
	 * BREACHED.
	 */
	@Transactional
	public void responseTarget(long number, String state) {
		this.store.setResponseTarget(number, state);
	}

	/**
	 * A page of cases.
	 *
	 * @param items the cases of the page
	 * @param total how many match in all
	 */
	public record Page(List<CaseSummary> items, long total) {
	}

}
