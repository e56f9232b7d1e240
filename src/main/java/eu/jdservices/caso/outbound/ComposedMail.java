package eu.jdservices.caso.outbound;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A mail ready to leave: the exact bytes plus what the envelope needs.
 *
 * @param messageId our Message-ID (without brackets)
 * @param from envelope sender
 * @param recipients envelope recipients
 * @param raw the RFC 5322 bytes
 * @param verificationCode the code the mail carries (S2.5), confirmed by {@code /verify}
 * @param composedAt when it was written (its Date)
 */
record ComposedMail(String messageId, String from, List<String> recipients, byte[] raw, String verificationCode,
		OffsetDateTime composedAt) {
}
