package eu.jdservices.caso.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.directory.Role;
import eu.jdservices.caso.timers.ReminderDue;
import eu.jdservices.caso.timers.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * S5.3: before each notice deadline of a renewing contract
 * ({@code caso.contracts.renewal-notice-days-before}, 15 days, at
 * {@code renewal-notice-time}), the organisation's representatives are reminded of it —
 * once per deadline: the timers module fires the reminder
 * ({@code contract-renewal-notice}, reference {@code <contract id>@<deadline>}) exactly
 * once, and this announces {@link RenewalNoticeDue} in the same transaction, then sets
 * the reminder of the next deadline. A contract imported after its reminder's day but
 * before its deadline is reminded at once.
 */
@Component
class RenewalNotices {

	static final String TOPIC = "contract-renewal-notice";

	private static final Logger log = LoggerFactory.getLogger(RenewalNotices.class);

	private final Reminders reminders;

	private final ContractStore store;

	private final Terms terms;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	RenewalNotices(Reminders reminders, ContractStore store, Terms terms, Directory directory,
			ApplicationEventPublisher events) {
		this.reminders = reminders;
		this.store = store;
		this.terms = terms;
		this.directory = directory;
		this.events = events;
	}

	/** Sets the reminder of the contract's next deadline that is not past. */
	void schedule(Contract contract) {
		schedule(contract, this.terms.today().minusDays(1));
	}

	/**
	 * Sets the reminder of the contract's first deadline after the day (and not past).
	 */
	private void schedule(Contract contract, LocalDate after) {
		LocalDate today = this.terms.today();
		Optional<Renewal> next = contract.renewal(today);
		while (next.isPresent()
				&& (next.get().noticeDeadline().isBefore(today) || !next.get().noticeDeadline().isAfter(after))) {
			next = contract.renewal(next.get().renewsOn());
		}
		next.ifPresent((renewal) -> {
			OffsetDateTime at = renewal.noticeDeadline()
				.minusDays(this.terms.properties().renewalNoticeDaysBefore())
				.atTime(this.terms.properties().renewalNoticeTime())
				.atZone(this.terms.zone())
				.toOffsetDateTime();
			OffsetDateTime now = this.terms.now();
			this.reminders.schedule(TOPIC, reference(contract.id(), renewal.noticeDeadline()),
					at.isBefore(now) ? now : at);
		});
	}

	static String reference(long contractId, LocalDate deadline) {
		return contractId + "@" + deadline;
	}

	@EventListener
	void on(ReminderDue due) {
		if (!TOPIC.equals(due.topic())) {
			return;
		}
		String[] parts = due.reference().split("@");
		LocalDate deadline = LocalDate.parse(parts[1]);
		Optional<Contract> found = this.store.find(Long.parseLong(parts[0]));
		if (found.isEmpty()) {
			return;
		}
		Contract contract = found.get();
		Optional<Renewal> renewal = contract.renewal(deadline.minusDays(1))
			.filter((next) -> next.noticeDeadline().equals(deadline));
		if (renewal.isPresent() && !deadline.isBefore(this.terms.today())) {
			announce(contract, renewal.get());
		}
		schedule(contract, deadline);
	}

	private void announce(Contract contract, Renewal renewal) {
		List<RenewalNoticeDue.Recipient> representatives = this.directory.contactsOf(contract.organization())
			.stream()
			.filter((contact) -> contact.has(Role.REPRESENTATIVE) && !contact.sharedMailbox())
			.map((contact) -> new RenewalNoticeDue.Recipient(contact.email(), contact.name(), language(contact)))
			.toList();
		if (representatives.isEmpty()) {
			log.warn("Notice deadline {} of contract {} ({}): the organisation has no representative to remind",
					renewal.noticeDeadline(), contract.id(), contract.organization());
			return;
		}
		Quote quote = this.terms.quote(contract.annualPrice(), contract.billing(),
				this.terms.vatOf(contract.organization()));
		this.events.publishEvent(new RenewalNoticeDue(contract.id(), contract.organization(),
				this.terms.serviceName(contract.service()), renewal.renewsOn(), renewal.noticeDeadline(),
				contract.termMonths(), contract.billing(), quote.periodPriceExVat().amount(),
				quote.periodPriceExVat().currency().getCurrencyCode(), representatives));
	}

	private static String language(Contact contact) {
		return "en".equals(contact.language()) ? "en" : "es";
	}

}
