package eu.jdservices.caso.cases;

/**
 * The customer sent the opening mail of a case again (same sender, subject and text
 * within a day, a new Message-ID), usually because no confirmation arrived (S1.2). No new
 * case is opened; the acknowledgement is due again.
 *
 * @param snapshot the existing case
 * @param resent the new copy of the mail
 */
public record OpeningMailResent(CaseSnapshot snapshot, InReplyTo resent) implements CaseEvent {
}
