package eu.jdservices.caso.outbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Reads what the relay answered (RFC 5321 reply codes): 5xx is a refusal for good, 4xx
 * and a lost connection are worth another try later.
 */
final class RelayAnswers {

	private RelayAnswers() {
	}

	/**
	 * @param ex what sending threw
	 * @param recipients the recipients the mail was sent to
	 * @param unanswerable recipients left out before sending (invalid)
	 * @param stillConnected whether the connection survived (else the batch waits)
	 */
	static DeliveryResult classify(MessagingException ex, List<Address> recipients,
			List<DeliveryResult.Refusal> unanswerable, boolean stillConnected) {
		Map<String, DeliveryResult.Refusal> refused = new LinkedHashMap<>();
		boolean temporary = false;
		int mailCode = 0;
		String mailAnswer = null;
		for (Exception cause : chain(ex)) {
			if (cause instanceof SMTPAddressFailedException failed) {
				String address = failed.getAddress().getAddress();
				if (isPermanent(failed.getReturnCode())) {
					refused.put(address, new DeliveryResult.Refusal(address, answer(failed)));
				}
				else {
					temporary = true;
				}
			}
			else if (cause instanceof SMTPSendFailedException failed && failed.getReturnCode() > 0 && mailCode == 0) {
				mailCode = failed.getReturnCode();
				mailAnswer = answer(failed);
			}
			else if (cause instanceof AddressException invalid) {
				return new DeliveryResult.Undeliverable("invalid address: " + invalid.getMessage(), unanswerable);
			}
		}
		List<DeliveryResult.Refusal> allRefused = new ArrayList<>(unanswerable);
		allRefused.addAll(refused.values());
		if (ex instanceof SendFailedException sendFailed && sendFailed.getValidSentAddresses() != null
				&& sendFailed.getValidSentAddresses().length > 0) {
			return new DeliveryResult.Delivered(allRefused);
		}
		if (isPermanent(mailCode)) {
			// the relay refused the mail itself (MAIL FROM or DATA): every recipient is
			// affected
			List<DeliveryResult.Refusal> everyone = new ArrayList<>(unanswerable);
			String reason = mailAnswer;
			recipients.forEach((recipient) -> everyone.add(new DeliveryResult.Refusal(address(recipient), reason)));
			return new DeliveryResult.Undeliverable(reason, everyone);
		}
		if (!temporary && mailCode == 0 && !refused.isEmpty() && refused.size() == recipients.size()) {
			return new DeliveryResult.Undeliverable(refused.values().iterator().next().reason(), allRefused);
		}
		String reason = (mailAnswer != null) ? mailAnswer : describe(ex);
		return new DeliveryResult.Deferred(reason, !stillConnected);
	}

	static boolean isPermanent(int replyCode) {
		return replyCode >= 500 && replyCode < 600;
	}

	private static List<Exception> chain(MessagingException ex) {
		List<Exception> chain = new ArrayList<>();
		Exception next = ex;
		while (next != null && chain.size() < 100 && !chain.contains(next)) {
			chain.add(next);
			next = (next instanceof MessagingException messaging) ? messaging.getNextException() : null;
		}
		return chain;
	}

	private static String answer(MessagingException failed) {
		String message = (failed.getMessage() != null) ? failed.getMessage().strip() : "";
		return message.isEmpty() ? failed.getClass().getSimpleName() : message;
	}

	private static String describe(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return (root != ex) ? message + " (" + root + ")" : message;
	}

	private static String address(Address address) {
		return (address instanceof jakarta.mail.internet.InternetAddress internet) ? internet.getAddress()
				: address.toString();
	}

}
