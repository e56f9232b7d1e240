package eu.jdservices.caso.contracts;

import java.math.BigDecimal;

/**
 * The VAT of one customer.
 *
 * @param vatCase the rule that applies
 * @param rate the rate, in percent (21, or 0)
 * @param reverseCharge whether the customer accounts for the VAT
 */
public record VatTreatment(VatCase vatCase, BigDecimal rate, boolean reverseCharge) {
}
