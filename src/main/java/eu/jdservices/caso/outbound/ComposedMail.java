package eu.jdservices.caso.outbound;

import java.util.List;

/**
 * A mail ready to leave: the exact bytes plus what the envelope needs.
 *
 * @param messageId our Message-ID (without brackets)
 * @param from envelope sender
 * @param recipients envelope recipients
 * @param raw the RFC 5322 bytes
 */
record ComposedMail(String messageId, String from, List<String> recipients, byte[] raw) {
}
