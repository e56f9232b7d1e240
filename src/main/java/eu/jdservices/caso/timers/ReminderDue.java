package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;

/**
 * A reminder another module set ({@link Reminders#schedule}) is due: published once, in
 * the transaction that claims it, so what a listener does with it happens exactly once.
 *
 * @param topic what kind of reminder ({@code contract-renewal-notice} …)
 * @param reference what it is about, in the terms of the module that set it
 * @param dueAt when it was due
 */
public record ReminderDue(String topic, String reference, OffsetDateTime dueAt) {
}
