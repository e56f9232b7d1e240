package eu.jdservices.caso.intake;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a received mail durably (bytes and envelope) and announces it; answers only
 * after the commit. A mail whose Message-ID is already stored is kept as
 * {@code IGNORED}/{@code DUPLICATE_MESSAGE} and not processed again.
 */
@Component
class ReceivingMail {

	private static final Logger log = LoggerFactory.getLogger(ReceivingMail.class);

	private final IntakeStore store;

	private final TransactionTemplate transactions;

	private final MailAnnouncements announcements;

	ReceivingMail(IntakeStore store, TransactionTemplate transactions, MailAnnouncements announcements) {
		this.store = store;
		this.transactions = transactions;
		this.announcements = announcements;
	}

	/**
	 * @return the storage id of the mail
	 */
	long receive(IntakeStore.Envelope envelope, byte[] raw) {
		return receive(envelope, raw, false, () -> {
		});
	}

	/**
	 * Stores the mail and, in the same transaction, runs {@code alsoStored} (an IMAP
	 * mailbox records how far it got): both commit or neither. An {@code imported} mail
	 * (old mail of a mailbox) is decided like any other but answered by no automatic
	 * mail.
	 * @return the storage id of the mail
	 */
	long receive(IntakeStore.Envelope envelope, byte[] raw, boolean imported, Runnable alsoStored) {
		Optional<String> messageId = HeaderSection.messageId(raw);
		try {
			return this.transactions.execute((status) -> {
				long id = this.store.insert(envelope, raw, messageId.orElse(null), true, imported);
				alsoStored.run();
				this.announcements.afterCommit(id, messageId.orElse(null));
				return id;
			});
		}
		catch (DuplicateKeyException ex) {
			long id = this.transactions.execute((status) -> {
				long duplicate = this.store.insert(envelope, raw, messageId.get(), false, imported);
				alsoStored.run();
				this.store.decide(duplicate, envelope.mailFrom(), Decision.IGNORED, List.of(Reason.DUPLICATE_MESSAGE),
						"Message-ID already stored", this.store.caseOfMessageId(messageId.get()).orElse(null));
				return duplicate;
			});
			log.info("Mail {} with Message-ID <{}> was already stored; kept as duplicate", id, messageId.get());
			return id;
		}
	}

}
