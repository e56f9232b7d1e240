package eu.jdservices.caso.directory;

import java.time.OffsetDateTime;

/**
 * What VIES answered about a VAT ID.
 *
 * @param status {@link VatIdStatus#CONFIRMED}, {@link VatIdStatus#INVALID}, or
 * {@link VatIdStatus#NOT_CONFIRMED} when VIES could not tell (try later)
 * @param at when it was asked
 * @param consultation the consultation number (request identifier), or {@code null}
 * @param detail what it said, for agents
 */
record ViesCheck(VatIdStatus status, OffsetDateTime at, String consultation, String detail) {
}
