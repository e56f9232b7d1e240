package eu.jdservices.caso.intake.parsing;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.MailParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.parsing.MimePart.HeaderField;
import eu.jdservices.caso.intake.ParsedMail.Address;
import eu.jdservices.caso.intake.ParsedMail.Attachment;

/**
 * {@link MailParser} on Apache James mime4j (permissive, silent): lenient with broken
 * charsets, encodings, headers and structures; throws only for bytes that have no header
 * section at all.
 */
public final class Mime4jMailParser implements MailParser {

	private static final int MAX_JUNK_LINES = 6;

	private static final Pattern FILE_LIKE_CONTENT_ID = Pattern.compile("^([^@\\s]+\\.[A-Za-z0-9]{2,6})@");

	private static final Map<String, String> KIND_NAMES = Map.of("image", "image", "video", "video", "text/html",
			"document", "text/plain", "document", "text/calendar", "calendar", "audio", "audio");

	private static final Pattern ANGLE_ID = Pattern.compile("<([^<>]*)>");

	private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

	private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("image/jpeg", "jpg"),
			Map.entry("image/jpg", "jpg"), Map.entry("image/pjpeg", "jpg"), Map.entry("image/png", "png"),
			Map.entry("image/gif", "gif"), Map.entry("image/bmp", "bmp"), Map.entry("image/tiff", "tif"),
			Map.entry("image/webp", "webp"), Map.entry("application/pdf", "pdf"), Map.entry("text/plain", "txt"),
			Map.entry("text/html", "html"), Map.entry("text/csv", "csv"), Map.entry("text/calendar", "ics"),
			Map.entry("application/pgp-signature", "asc"), Map.entry("application/pgp-encrypted", "pgp"),
			Map.entry("application/pkcs7-signature", "p7s"), Map.entry("application/x-pkcs7-signature", "p7s"),
			Map.entry("application/pkcs7-mime", "p7m"), Map.entry("application/x-pkcs7-mime", "p7m"),
			Map.entry("application/zip", "zip"), Map.entry("application/json", "json"),
			Map.entry("application/xml", "xml"), Map.entry("text/xml", "xml"), Map.entry("video/quicktime", "mov"),
			Map.entry("video/mp4", "mp4"), Map.entry("audio/mpeg", "mp3"), Map.entry("audio/wav", "wav"),
			Map.entry("message/delivery-status", "txt"), Map.entry("text/rfc822-headers", "txt"),
			Map.entry("message/disposition-notification", "txt"));

	public Mime4jMailParser() {
	}

	@Override
	public ParsedMail parse(byte[] raw) throws UnparseableMailException {
		int start = headerStart(raw);
		try {
			MimePart root = MimePart.read(raw, start);
			if (root == null || root.fields.isEmpty()) {
				throw new UnparseableMailException("No header fields found", null);
			}
			try {
				return toParsedMail(root, true);
			}
			catch (RuntimeException | StackOverflowError ex) {
				// a defect in the body structure: the header fields alone still make a
				// mail
				return toParsedMail(root, false);
			}
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new UnparseableMailException("Mail could not be read: " + ex, ex);
		}
	}

	/**
	 * Offset of the header section: the first line that is a header field, after at most
	 * a few junk lines (a BOM, an mbox {@code From } line, a forwarding banner).
	 */
	private static int headerStart(byte[] raw) throws UnparseableMailException {
		if (raw == null || raw.length == 0) {
			throw new UnparseableMailException("Empty input", null);
		}
		int pos = 0;
		if (raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF) {
			pos = 3;
		}
		for (int line = 0; line < MAX_JUNK_LINES && pos < raw.length && pos < 4096; line++) {
			if (isHeaderField(raw, pos)) {
				return pos;
			}
			while (pos < raw.length && raw[pos] != '\n') {
				pos++;
			}
			pos++;
		}
		throw new UnparseableMailException("Not a mail: no header field at the start", null);
	}

	private static boolean isHeaderField(byte[] raw, int pos) {
		int i = pos;
		while (i < raw.length && i - pos < 1000 && raw[i] > 32 && raw[i] < 127 && raw[i] != ':') {
			i++;
		}
		boolean named = i > pos;
		while (i < raw.length && (raw[i] == ' ' || raw[i] == '\t')) {
			i++;
		}
		return named && i < raw.length && raw[i] == ':';
	}

	private ParsedMail toParsedMail(MimePart root, boolean withBody) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (HeaderField field : root.fields) {
			if (!field.name().isEmpty()) {
				headers.computeIfAbsent(field.name(), (name) -> new ArrayList<>())
					.add(EncodedWords.decode(field.value()));
			}
		}
		Body body = new Body();
		body.charsets = root.charsets;
		if (withBody) {
			walk(root, body, false, false, 0);
		}
		String subject = root.header("subject");
		return new ParsedMail(messageId(root.header("message-id")), firstMailbox(root, "from"),
				firstMailbox(root, "sender"), mailboxes(root, "to"), mailboxes(root, "cc"), mailboxes(root, "reply-to"),
				(subject != null) ? EncodedWords.decode(subject) : "", MailDates.parse(root.header("date")),
				ids(root, "in-reply-to"), ids(root, "references"), headers, body.text(), body.html(),
				body.attachments.list);
	}

	private static Address firstMailbox(MimePart root, String name) {
		for (HeaderField field : root.fields) {
			if (field.name().equals(name)) {
				for (Address address : Addresses.parseList(field.value())) {
					if (address.email().contains("@")) {
						return address;
					}
				}
			}
		}
		List<Address> all = mailboxes(root, name);
		return all.isEmpty() ? null : all.get(0);
	}

	private static List<Address> mailboxes(MimePart root, String name) {
		List<Address> result = new ArrayList<>();
		for (HeaderField field : root.fields) {
			if (field.name().equals(name)) {
				result.addAll(Addresses.parseList(field.value()));
			}
		}
		return result;
	}

	private static String messageId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Matcher matcher = ANGLE_ID.matcher(value);
		if (matcher.find() && !matcher.group(1).isBlank()) {
			return matcher.group(1).strip();
		}
		String id = value.replace("<", "").replace(">", "").strip();
		int space = id.indexOf(' ');
		return (space > 0) ? id.substring(0, space) : (id.isEmpty() ? null : id);
	}

	private static List<String> ids(MimePart root, String name) {
		List<String> result = new ArrayList<>();
		for (HeaderField field : root.fields) {
			if (!field.name().equals(name)) {
				continue;
			}
			Matcher matcher = ANGLE_ID.matcher(field.value());
			boolean found = false;
			while (matcher.find()) {
				found = true;
				if (!matcher.group(1).isBlank()) {
					result.add(matcher.group(1).strip());
				}
			}
			if (!found) {
				for (String token : field.value().split("[\\s,]+")) {
					if (token.contains("@")) {
						result.add(token);
					}
				}
			}
		}
		return result;
	}

	private void walk(MimePart part, Body body, boolean forceAttachment, boolean related, int depth) {
		if (depth >= MimePart.MAX_DEPTH && part.mimeType.startsWith("multipart/")) {
			// nested too deep: not parsed, not read
			return;
		}
		if (part.multipart && !part.children.isEmpty()) {
			if ("multipart/alternative".equals(part.mimeType) && !forceAttachment) {
				walkAlternative(part, body, depth);
			}
			else if ("multipart/related".equals(part.mimeType)) {
				int rootIndex = relatedRoot(part);
				for (int i = 0; i < part.children.size(); i++) {
					walk(part.children.get(i), body, forceAttachment || i != rootIndex, true, depth + 1);
				}
			}
			else {
				for (MimePart child : part.children) {
					walk(child, body, forceAttachment, false, depth + 1);
				}
			}
			return;
		}
		if (part.multipart) {
			// a multipart without any part (boundary never found): its text is the
			// preamble
			if (!forceAttachment && part.body.length > 0) {
				body.texts.add(Charsets.decode(part.body, part.contentType().param("charset")));
			}
			return;
		}
		if (!forceAttachment && isBodyText(part)) {
			String decoded = decodeText(part);
			if (part.mimeType.equals("text/html")) {
				body.htmls.add(decoded);
			}
			else {
				body.texts.add(decoded);
			}
			return;
		}
		body.attachments.add(toAttachment(part, related, body));
	}

	/**
	 * Text from the first alternative that has plain text, HTML from the last that has
	 * HTML.
	 */
	private void walkAlternative(MimePart part, Body body, int depth) {
		List<String> text = null;
		List<String> html = null;
		for (MimePart child : part.children) {
			Body alternative = new Body(body.attachments);
			alternative.charsets = body.charsets;
			walk(child, alternative, false, false, depth + 1);
			if (text == null && alternative.hasText()) {
				text = alternative.texts;
			}
			if (!alternative.htmls.isEmpty()) {
				html = alternative.htmls;
			}
		}
		if (html != null) {
			body.htmls.addAll(html);
		}
		if (text != null) {
			body.texts.addAll(text);
		}
		else if (html != null) {
			body.texts.add(HtmlText.extract(String.join("\n", html)));
		}
	}

	private static int relatedRoot(MimePart part) {
		String start = part.contentType().param("start");
		if (start != null) {
			String id = start.replace("<", "").replace(">", "").strip();
			for (int i = 0; i < part.children.size(); i++) {
				String contentId = contentId(part.children.get(i));
				if (id.equals(contentId)) {
					return i;
				}
			}
		}
		return 0;
	}

	private static boolean isBodyText(MimePart part) {
		if (!"text/plain".equals(part.mimeType) && !"text/html".equals(part.mimeType)) {
			return false;
		}
		return !"attachment".equals(part.disposition().value()) && part.fileName() == null;
	}

	private static String decodeText(MimePart part) {
		byte[] bytes = bytes(part);
		String charset = part.contentType().param("charset");
		if (charset == null && "text/html".equals(part.mimeType)) {
			String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
			Matcher matcher = META_CHARSET.matcher(head);
			if (matcher.find()) {
				charset = matcher.group(1);
			}
		}
		String text = Charsets.decode(bytes, charset);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return text;
	}

	private static byte[] bytes(MimePart part) {
		return TransferDecoding.decode(part.body, part.transferEncoding());
	}

	/** Attachment bytes; 7bit parts are lines of ASCII text and get LF line ends. */
	private static byte[] attachmentBytes(MimePart part) {
		byte[] bytes = bytes(part);
		String major = part.mimeType.substring(0, Math.max(0, part.mimeType.indexOf('/')));
		String encoding = part.transferEncoding();
		if (!(encoding.isEmpty() || encoding.equals("7bit")) || major.equals("image") || major.equals("audio")
				|| major.equals("video")) {
			return bytes;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
		for (int i = 0; i < bytes.length; i++) {
			if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
				out.write(bytes[i]);
			}
		}
		return out.toByteArray();
	}

	private static String contentId(MimePart part) {
		String value = part.header("content-id");
		if (value == null) {
			return null;
		}
		String id = value.replace("<", "").replace(">", "").strip();
		return id.isEmpty() ? null : id;
	}

	private static Attachment toAttachment(MimePart part, boolean related, Body body) {
		byte[] content = attachmentBytes(part);
		String contentId = contentId(part);
		String disposition = part.disposition().value();
		boolean inline = contentId != null && !"attachment".equals(disposition)
				&& ("inline".equals(disposition) || related);
		String name = part.fileName();
		if (name == null) {
			name = syntheticName(part, content, body);
		}
		return new Attachment(name, part.mimeType, contentId, inline, content);
	}

	/**
	 * A name for a part without one: the subject of an attached mail, a file name used as
	 * Content-ID, the Content-Description or kind of content with the type's extension,
	 * the Content-ID, else {@code attachment-N.ext}; made unique among the mail's
	 * attachments.
	 */
	private static String syntheticName(MimePart part, byte[] content, Body body) {
		String description = part.header("content-description");
		description = (description != null) ? sanitize(EncodedWords.decode(description)) : "";
		String contentId = contentId(part);
		String extension = EXTENSIONS.get(part.mimeType);
		String major = part.mimeType.substring(0, Math.max(0, part.mimeType.indexOf('/')));
		String kind = KIND_NAMES.getOrDefault(part.mimeType, KIND_NAMES.get(major));
		String name;
		Matcher fileLikeId = FILE_LIKE_CONTENT_ID.matcher((contentId != null) ? contentId : "");
		if (part.mimeType.equals("message/rfc822")) {
			String subject = sanitize(innerSubject(content, body.charsets));
			name = (!subject.isEmpty() ? subject : !description.isEmpty() ? description : "message") + ".eml";
		}
		else if (fileLikeId.find()) {
			name = sanitize(fileLikeId.group(1));
		}
		else if (extension != null && (kind != null || !description.isEmpty() || part.mimeType.startsWith("message/")
				|| part.mimeType.equals("text/rfc822-headers"))) {
			String base = !description.isEmpty() ? description
					: (kind != null) ? kind : part.mimeType.substring(part.mimeType.indexOf('/') + 1);
			name = base + "." + extension;
		}
		else if (contentId != null && !sanitize(contentId.replaceAll("@.*", "")).isEmpty()) {
			name = sanitize(contentId.replaceAll("@.*", ""));
		}
		else {
			name = "attachment-" + (body.attachments.size() + 1) + "." + ((extension != null) ? extension : "bin");
		}
		return body.attachments.unique(name);
	}

	private static String sanitize(String name) {
		if (name == null) {
			return "";
		}
		String clean = name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		return (clean.length() > 150) ? clean.substring(0, 150).strip() : clean;
	}

	/** The decoded Subject of an attached mail, read from its header section. */
	private static String innerSubject(byte[] content, List<String> charsets) {
		String head = new String(content, 0, Math.min(content.length, 65536), StandardCharsets.ISO_8859_1);
		StringBuilder subject = null;
		for (String line : head.split("\r?\n", -1)) {
			if (line.isEmpty() || (subject != null && !line.startsWith(" ") && !line.startsWith("\t"))) {
				break;
			}
			if (subject != null) {
				subject.append(line);
			}
			else if (line.regionMatches(true, 0, "subject:", 0, 8)) {
				subject = new StringBuilder(line.substring(8));
			}
		}
		if (subject == null) {
			return null;
		}
		String decoded = Charsets.decodeHeader(subject.toString().getBytes(StandardCharsets.ISO_8859_1), charsets);
		return EncodedWords.decode(decoded.strip()).strip();
	}

	/** What the walk over the entity tree collects. */
	private static final class Body {

		final List<String> texts = new ArrayList<>();

		final List<String> htmls = new ArrayList<>();

		final Attachments attachments;

		List<String> charsets = List.of();

		Body() {
			this(new Attachments());
		}

		Body(Attachments attachments) {
			this.attachments = attachments;
		}

		boolean hasText() {
			return this.texts.stream().anyMatch((text) -> !text.isBlank());
		}

		String html() {
			return this.htmls.isEmpty() ? null : String.join("\n", this.htmls);
		}

		String text() {
			List<String> chunks = new ArrayList<>();
			for (String text : this.texts) {
				String normalized = text.replace("\r\n", "\n")
					.replace('\r', '\n')
					.stripTrailing()
					.replaceFirst("^\n+", "");
				if (!normalized.isBlank()) {
					chunks.add(normalized);
				}
			}
			if (chunks.isEmpty() && !this.htmls.isEmpty()) {
				return HtmlText.extract(html());
			}
			return String.join("\n\n", chunks);
		}

	}

	/**
	 * The attachments found so far, with their names: a new name is made unique in
	 * constant time, however many parts a mail has.
	 */
	private static final class Attachments {

		final List<Attachment> list = new ArrayList<>();

		private final Set<String> names = new HashSet<>();

		/** For each name made unique before: the number to try next. */
		private final Map<String, Integer> nextNumber = new HashMap<>();

		void add(Attachment attachment) {
			this.list.add(attachment);
			this.names.add(attachment.name());
		}

		int size() {
			return this.list.size();
		}

		/**
		 * The name when no attachment has it yet, else the name with the smallest number
		 * (1, 2, …) before its extension that none has.
		 */
		String unique(String name) {
			if (!this.names.contains(name)) {
				return name;
			}
			int dot = name.lastIndexOf('.');
			String base = (dot > 0) ? name.substring(0, dot) : name;
			String extension = (dot > 0) ? name.substring(dot) : "";
			for (int i = this.nextNumber.getOrDefault(name, 1);; i++) {
				String candidate = base + i + extension;
				if (!this.names.contains(candidate)) {
					this.nextNumber.put(name, i + 1);
					return candidate;
				}
			}
		}

	}

}
