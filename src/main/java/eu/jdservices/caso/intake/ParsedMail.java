package eu.jdservices.caso.intake;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A stored inbound mail parsed once into a value: everything later steps need, derived
 * from the raw bytes (which stay the source of truth and can be parsed again).
 *
 * @param messageId Message-ID without angle brackets, or {@code null} when the mail has
 * none
 * @param from the author mailbox (From), or {@code null} when the mail names none
 * @param sender the Sender mailbox when present (may differ from From)
 * @param to the To mailboxes
 * @param cc the Cc mailboxes
 * @param replyTo the Reply-To mailboxes
 * @param subject decoded subject, empty when there is none
 * @param date the Date header, or {@code null}
 * @param inReplyTo message ids (without brackets) of In-Reply-To
 * @param references message ids (without brackets) of References
 * @param headers every header field, names lower-cased, values decoded and unfolded, in
 * order of appearance
 * @param text the readable text of the mail: the text/plain body, or the text extracted
 * from the HTML body; at most {@link #MAX_TEXT} characters of it
 * @param html the HTML body when the mail has one, else {@code null}
 * @param attachments attachments and inline parts (images, files, attached messages)
 * @param textCut whether the mail's text is longer than {@link #MAX_TEXT} characters and
 * {@code text} is only its beginning (the raw mail keeps all of it)
 * @param partsLeftOut how many attachments and inline parts the mail has beyond the first
 * {@link #MAX_ATTACHMENTS} (0 for every real mail; the raw mail keeps them)
 */
public record ParsedMail(String messageId, Address from, Address sender, List<Address> to, List<Address> cc,
		List<Address> replyTo, String subject, OffsetDateTime date, List<String> inReplyTo, List<String> references,
		Map<String, List<String>> headers, String text, String html, List<Attachment> attachments, boolean textCut,
		int partsLeftOut) {

	/**
	 * The most characters of a mail's text that Caso reads (checks, quoted history,
	 * conversation): 256 Ki, twice the longest text of the real-world corpus (121,000
	 * characters of a pasted log). What a mail has beyond is no longer prose a person
	 * wrote to be read, and every step over it would cost time in proportion (a 3 MB
	 * quoted storm took 1.4 s to decide).
	 */
	public static final int MAX_TEXT = 262_144;

	/**
	 * The most attachments and inline parts of a mail that Caso keeps with its message:
	 * the corpus's most is 25; a crafted mail of 10,000 parts cost half a second of row
	 * inserts alone.
	 */
	public static final int MAX_ATTACHMENTS = 1_000;

	public ParsedMail {
		to = List.copyOf(to);
		cc = List.copyOf(cc);
		replyTo = List.copyOf(replyTo);
		inReplyTo = inReplyTo.stream().map(ParsedMail::withoutNul).toList();
		references = references.stream().map(ParsedMail::withoutNul).toList();
		Map<String, List<String>> cleanHeaders = new LinkedHashMap<>();
		headers
			.forEach((field, values) -> cleanHeaders.put(field, values.stream().map(ParsedMail::withoutNul).toList()));
		headers = Collections.unmodifiableMap(cleanHeaders);
		if (attachments.size() > MAX_ATTACHMENTS) {
			partsLeftOut += attachments.size() - MAX_ATTACHMENTS;
			attachments = attachments.subList(0, MAX_ATTACHMENTS);
		}
		attachments = List.copyOf(attachments);
		messageId = (messageId != null) ? withoutNul(messageId) : null;
		subject = (subject != null) ? withoutNul(subject) : "";
		text = (text != null) ? withoutNul(text) : "";
		html = (html != null) ? withoutNul(html) : null;
		if (text.length() > MAX_TEXT) {
			text = beginning(text);
			textCut = true;
		}
	}

	/** A mail whose text is all there. */
	public ParsedMail(String messageId, Address from, Address sender, List<Address> to, List<Address> cc,
			List<Address> replyTo, String subject, OffsetDateTime date, List<String> inReplyTo, List<String> references,
			Map<String, List<String>> headers, String text, String html, List<Attachment> attachments) {
		this(messageId, from, sender, to, cc, replyTo, subject, date, inReplyTo, references, headers, text, html,
				attachments, false, 0);
	}

	/**
	 * The first {@link #MAX_TEXT} characters, up to the last line break among them (a
	 * line of its own otherwise), without splitting a surrogate pair.
	 */
	private static String beginning(String text) {
		int end = MAX_TEXT;
		int lineEnd = text.lastIndexOf('\n', end);
		if (lineEnd > MAX_TEXT / 2) {
			end = lineEnd;
		}
		else if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

	/**
	 * The text without NUL characters: a mail may carry them anywhere, PostgreSQL stores
	 * none in a text column (H2 would), and no reader misses them. The raw mail keeps
	 * them.
	 */
	static String withoutNul(String text) {
		return (text.indexOf('\u0000') < 0) ? text : text.replace("\u0000", "");
	}

	/**
	 * The same mail with another text and attachments (e.g. after secrets were redacted).
	 * The HTML body stays only when the text is unchanged: a redacted secret could still
	 * be in it.
	 */
	public ParsedMail withContent(String newText, List<Attachment> keptAttachments) {
		return new ParsedMail(this.messageId, this.from, this.sender, this.to, this.cc, this.replyTo, this.subject,
				this.date, this.inReplyTo, this.references, this.headers, newText,
				java.util.Objects.equals(newText, this.text) ? this.html : null, keptAttachments, this.textCut,
				this.partsLeftOut);
	}

	/** The first value of a header field (name case-insensitive). */
	public Optional<String> header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(0));
	}

	/**
	 * A mailbox: address (lower-cased) and display name (decoded, may be empty).
	 */
	public record Address(String email, String name) {

		public Address {
			email = withoutNul(email.toLowerCase(Locale.ROOT));
			name = (name != null) ? withoutNul(name) : "";
		}

		public String domain() {
			int at = this.email.lastIndexOf('@');
			return (at >= 0) ? this.email.substring(at + 1) : "";
		}

	}

	/**
	 * An attachment or inline part, decoded.
	 *
	 * @param name file name (decoded, RFC 2231 / RFC 2047), or a synthetic name when the
	 * part has none
	 * @param contentType lower-case MIME type without parameters
	 * @param contentId Content-ID without brackets, or {@code null}
	 * @param inline whether the part is meant to be shown inline (Content-Disposition
	 * inline with a Content-ID)
	 * @param content the decoded bytes
	 */
	public record Attachment(String name, String contentType, String contentId, boolean inline, byte[] content) {

		public Attachment {
			name = (name != null) ? withoutNul(name) : null;
			contentType = (contentType != null) ? withoutNul(contentType) : null;
			contentId = (contentId != null) ? withoutNul(contentId) : null;
		}

		public long size() {
			return this.content.length;
		}

	}

}
