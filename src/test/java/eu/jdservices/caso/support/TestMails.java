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

	/** The Message-ID of raw mail (without brackets), as Caso reads it. */
	public static String messageIdOf(byte[] raw) {
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("(?im)^message-id:\\s*<([^>\r\n]+)>")
			.matcher(new String(raw, StandardCharsets.ISO_8859_1));
		if (!id.find()) {
			throw new IllegalArgumentException("the mail has no Message-ID");
		}
		return id.group(1).strip();
	}

	/** A mail with any headers: for replies, automatic mail and client quirks. */
	public static Builder from(String from) {
		return new Builder(from);
	}

	/**
	 * Builds a customer mail header by header.
	 */
	public static final class Builder {

		private final String from;

		private final java.util.List<String> to = new java.util.ArrayList<>();

		private final java.util.List<String> cc = new java.util.ArrayList<>();

		private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

		private String subject = "";

		private String body = "";

		private String messageId = newMessageId();

		Builder(String from) {
			this.from = from;
		}

		public Builder to(String... addresses) {
			this.to.addAll(java.util.List.of(addresses));
			return this;
		}

		public Builder cc(String... addresses) {
			this.cc.addAll(java.util.List.of(addresses));
			return this;
		}

		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Builder body(String body) {
			this.body = body;
			return this;
		}

		public Builder messageId(String messageId) {
			this.messageId = messageId;
			return this;
		}

		/**
		 * Answers a mail the way mail clients do: In-Reply-To it, References its chain
		 * plus it.
		 */
		public Builder inReplyTo(jakarta.mail.internet.MimeMessage answered) {
			try {
				String id = answered.getMessageID();
				String references = answered.getHeader("References", " ");
				this.headers.put("In-Reply-To", id);
				this.headers.put("References", ((references != null) ? references + " " : "") + id);
				return this;
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		public Builder header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		public String messageId() {
			return this.messageId;
		}

		public byte[] build() {
			StringBuilder mail = new StringBuilder();
			mail.append("From: ").append(this.from).append("\r\n");
			mail.append("To: ").append(String.join(", ", this.to)).append("\r\n");
			if (!this.cc.isEmpty()) {
				mail.append("Cc: ").append(String.join(", ", this.cc)).append("\r\n");
			}
			mail.append("Subject: ").append(encode(this.subject)).append("\r\n");
			mail.append("Date: Wed, 25 Nov 2026 11:40:00 +0100\r\n");
			mail.append("Message-ID: <").append(this.messageId).append(">\r\n");
			this.headers.forEach((name, value) -> mail.append(name).append(": ").append(value).append("\r\n"));
			mail.append("MIME-Version: 1.0\r\n");
			mail.append("Content-Type: text/plain; charset=UTF-8\r\n");
			mail.append("Content-Transfer-Encoding: 8bit\r\n\r\n");
			mail.append(this.body.replace("\r\n", "\n").replace("\n", "\r\n")).append("\r\n");
			return mail.toString().getBytes(StandardCharsets.UTF_8);
		}

	}

}
