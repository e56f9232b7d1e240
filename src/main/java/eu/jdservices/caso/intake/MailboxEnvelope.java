package eu.jdservices.caso.intake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;

/**
 * The envelope of a message taken from a mailbox, as the SMTP listener would have
 * recorded it: the envelope sender the delivering server wrote down, and as recipients
 * the mailbox's severity address or the intake addresses the message was sent to.
 */
final class MailboxEnvelope {

	private final ImapProperties.Mailbox config;

	private final IntakeAddresses addresses;

	MailboxEnvelope(ImapProperties.Mailbox config, IntakeAddresses addresses) {
		this.config = config;
		this.addresses = addresses;
	}

	IntakeStore.Envelope of(Message message) throws MessagingException {
		return new IntakeStore.Envelope(returnPath(message), recipients(message), "imap://" + this.config.key(), null);
	}

	/**
	 * The envelope sender the delivering server recorded ({@code Return-Path}); without
	 * one the From address (an empty one means a bounce).
	 */
	private static String returnPath(Message message) throws MessagingException {
		String[] paths = message.getHeader("Return-Path");
		if (paths != null && paths.length > 0) {
			return HeaderSection.stripBrackets(paths[0]).trim();
		}
		Address[] from = message.getFrom();
		if (from != null && from.length > 0 && from[0] instanceof InternetAddress address
				&& address.getAddress() != null) {
			return address.getAddress();
		}
		return "";
	}

	/** The mailbox's address, or the intake addresses among To, Cc and Delivered-To. */
	private List<String> recipients(Message message) throws MessagingException {
		if (this.config.address() != null && !this.config.address().isBlank()) {
			return List.of(this.config.address().trim().toLowerCase(Locale.ROOT));
		}
		Set<String> found = new LinkedHashSet<>();
		for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
			Address[] addressed = message.getRecipients(type);
			if (addressed != null) {
				for (Address address : addressed) {
					if (address instanceof InternetAddress internet && internet.getAddress() != null) {
						found.add(internet.getAddress());
					}
				}
			}
		}
		String[] delivered = message.getHeader("Delivered-To");
		if (delivered != null) {
			for (String address : delivered) {
				found.add(HeaderSection.stripBrackets(address));
			}
		}
		return found.stream()
			.map((address) -> address.trim().toLowerCase(Locale.ROOT))
			.filter(this.addresses::isOwn)
			.distinct()
			.toList();
	}

}
