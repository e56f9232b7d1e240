/**
 * Notifications to agents: a case assigned to them, a customer's reply on their case, a
 * response target of their case about to be missed; shown under the console's bell and,
 * as each agent prefers, mailed (the outbound module sends {@link AgentNotified}).
 */
package eu.jdservices.caso.notifications;
