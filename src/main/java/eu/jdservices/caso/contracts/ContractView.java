package eu.jdservices.caso.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract as agents and the API see it on a day: its price per period with VAT, its
 * next renewal and notice deadline, its status.
 *
 * @param id the contract's id
 * @param service the service's name
 * @param serviceKey the service's catalogue key
 * @param billing annual or monthly
 * @param annualPriceExVat the annual price, excluding VAT
 * @param periodPriceExVat the price of one billing period, excluding VAT
 * @param vatRate the VAT rate, in percent
 * @param vat the VAT of one period
 * @param total what one period costs
 * @param currency the currency (ISO 4217)
 * @param reverseCharge whether the customer accounts for the VAT
 * @param vatCase the VAT rule that applies
 * @param startDate its first day
 * @param termMonths the length of a term
 * @param autoRenew whether it renews
 * @param noticeDays the notice a change or cancellation needs
 * @param renewsOn the next renewal, or {@code null} when it ends instead
 * @param noticeDeadline the last day to change or cancel for that renewal, or
 * {@code null}
 * @param endsOn the day it ends, or {@code null}
 * @param status where it stands today
 */
public record ContractView(long id, String service, String serviceKey, Billing billing, BigDecimal annualPriceExVat,
		BigDecimal periodPriceExVat, BigDecimal vatRate, BigDecimal vat, BigDecimal total, String currency,
		boolean reverseCharge, VatCase vatCase, LocalDate startDate, int termMonths, boolean autoRenew, int noticeDays,
		LocalDate renewsOn, LocalDate noticeDeadline, LocalDate endsOn, ContractStatus status) {
}
