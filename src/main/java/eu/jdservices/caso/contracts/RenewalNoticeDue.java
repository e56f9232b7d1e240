package eu.jdservices.caso.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's notice deadline is near (S5.3): its organisation's representatives are to
 * be reminded, once, that a change or cancellation must arrive by then.
 *
 * @param contractId the contract
 * @param organization its organisation
 * @param service the service's name
 * @param renewsOn the renewal
 * @param noticeDeadline the last day to change or cancel for it
 * @param termMonths the term it renews for
 * @param billing how it is billed
 * @param periodPriceExVat the price of one period, excluding VAT
 * @param currency the currency
 * @param recipients the representatives, each with the language to write to them in
 */
public record RenewalNoticeDue(long contractId, String organization, String service, LocalDate renewsOn,
		LocalDate noticeDeadline, int termMonths, Billing billing, BigDecimal periodPriceExVat, String currency,
		List<Recipient> recipients) {

	public RenewalNoticeDue {
		recipients = List.copyOf(recipients);
	}

	/**
	 * @param email the representative's address
	 * @param name their name, or {@code null}
	 * @param language {@code es} or {@code en}
	 */
	public record Recipient(String email, String name, String language) {
	}

}
