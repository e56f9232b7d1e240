package eu.jdservices.caso.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Customer mails for tests, built as a mail client would write them.
 */
public final class TestMails {

	private TestMails() {
	}

	public static String newMessageId() {
		return UUID.randomUUID() + "@mail.customer.test";
	}

	/**
	 * A plain UTF-8 text mail.
	 */
	public static byte[] mail(String messageId, String from, List<String> to, List<String> cc, String subject,
			String body) {
		StringBuilder mail = new StringBuilder();
		mail.append("From: ").append(from).append("\r\n");
		mail.append("To: ").append(String.join(", ", to)).append("\r\n");
		if (!cc.isEmpty()) {
			mail.append("Cc: ").append(String.join(", ", cc)).append("\r\n");
		}
		mail.append("Subject: ").append(encode(subject)).append("\r\n");
		mail.append("Date: Wed, 25 Nov 2026 10:15:00 +0100\r\n");
		if (messageId != null) {
			mail.append("Message-ID: <").append(messageId).append(">\r\n");
		}
		mail.append("MIME-Version: 1.0\r\n");
		mail.append("Content-Type: text/plain; charset=UTF-8\r\n");
		mail.append("Content-Transfer-Encoding: 8bit\r\n");
		mail.append("\r\n");
		mail.append(body.replace("\r\n", "\n").replace("\n", "\r\n")).append("\r\n");
		return mail.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String encode(String subject) {
		if (subject.chars().allMatch((c) -> c < 128)) {
			return subject;
		}
		return "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
				+ "?=";
	}

}
