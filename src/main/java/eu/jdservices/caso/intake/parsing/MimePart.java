package eu.jdservices.caso.intake.parsing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * One entity of a mail as read by mime4j: its header fields (raw values, unfolded,
 * encoded words not yet decoded), its children when it is a multipart, else its raw body
 * (transfer encoding not yet removed, see {@link TransferDecoding}). Attached messages
 * ({@code message/rfc822}) are not parsed further: their body is the attached mail's
 * bytes. Neither are multiparts nested deeper than {@link #MAX_DEPTH}: mime4j's cost
 * grows with the depth for every byte below it.
 */
final class MimePart {

	/** Multiparts nested deeper than this are not parsed (nor read). */
	static final int MAX_DEPTH = 40;

	/**
	 * A charset declaration anywhere in the mail, also in attached mails that are not
	 * parsed.
	 */
	private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([a-z0-9_.:-]{2,40})");

	final List<HeaderField> fields = new ArrayList<>();

	private final List<RawHeader> rawHeaders = new ArrayList<>();

	/**
	 * The charsets declared anywhere in the mail (root only), a hint for 8-bit header
	 * bytes.
	 */
	final List<String> charsets = new ArrayList<>();

	final List<MimePart> children = new ArrayList<>();

	String mimeType = "text/plain";

	boolean multipart;

	byte[] body = new byte[0];

	private HeaderParams contentType;

	private HeaderParams disposition;

	/** The first value of a header field (name lower-case), or {@code null}. */
	String header(String name) {
		for (HeaderField field : this.fields) {
			if (field.name().equals(name)) {
				return field.value();
			}
		}
		return null;
	}

	HeaderParams contentType() {
		if (this.contentType == null) {
			this.contentType = HeaderParams.parse(header("content-type"));
		}
		return this.contentType;
	}

	HeaderParams disposition() {
		if (this.disposition == null) {
			this.disposition = HeaderParams.parse(header("content-disposition"));
		}
		return this.disposition;
	}

	String transferEncoding() {
		String value = header("content-transfer-encoding");
		return (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * The declared file name (Content-Disposition filename, else Content-Type name),
	 * decoded, or null.
	 */
	String fileName() {
		String name = disposition().param("filename");
		if (name == null) {
			name = contentType().param("name");
		}
		return (name != null) ? name.strip() : null;
	}

	/**
	 * A header field.
	 *
	 * @param name lower-cased name
	 * @param value unfolded value (encoded words not decoded), 8-bit bytes read as UTF-8
	 * or the mail's charset
	 */
	record HeaderField(String name, String value) {
	}

	/** A header field as read: name and the raw, unfolded value bytes. */
	private record RawHeader(String name, byte[] value) {
	}

	/**
	 * Reads the entity tree of a mail with mime4j (permissive, silent). Whatever was read
	 * before an error is kept.
	 */
	static MimePart read(byte[] raw, int offset) {
		MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE, DecodeMonitor.SILENT, null);
		parser.setContentDecoding(false);
		parser.setNoRecurse();
		TreeBuilder builder = new TreeBuilder(parser);
		parser.setContentHandler(builder);
		try {
			parser.parse(new ByteArrayInputStream(raw, offset, raw.length - offset));
		}
		catch (MimeException | IOException | RuntimeException ex) {
			// keep what was read
		}
		if (builder.root != null) {
			collectCharsets(builder.root, builder.root.charsets, 0);
			Matcher declared = DECLARED_CHARSET
				.matcher(new String(raw, offset, raw.length - offset, StandardCharsets.ISO_8859_1));
			while (declared.find() && builder.root.charsets.size() < 20) {
				if (!builder.root.charsets.contains(declared.group(1))) {
					builder.root.charsets.add(declared.group(1));
				}
			}
			builder.root.decodeFields(builder.root.charsets);
		}
		return builder.root;
	}

	private static RawHeader toRawHeader(Field field) {
		ByteSequence raw = field.getRaw();
		String name = (field.getName() != null) ? field.getName().strip().toLowerCase(Locale.ROOT) : "";
		if (raw == null) {
			String body = (field.getBody() != null) ? field.getBody() : "";
			return new RawHeader(name, body.getBytes(StandardCharsets.UTF_8));
		}
		byte[] bytes = raw.toByteArray();
		int colon = 0;
		while (colon < bytes.length && bytes[colon] != ':') {
			colon++;
		}
		ByteArrayOutputStream value = new ByteArrayOutputStream(bytes.length);
		for (int i = colon + 1; i < bytes.length; i++) {
			if (bytes[i] != '\r' && bytes[i] != '\n') {
				value.write(bytes[i]);
			}
		}
		return new RawHeader(name, value.toByteArray());
	}

	/**
	 * Decodes the raw header values of this part and its children, 8-bit bytes with the
	 * mail's charsets.
	 */
	private void decodeFields(List<String> mailCharsets) {
		List<String> candidates = new ArrayList<>();
		String own = charsetOf(this.rawHeaders);
		if (own != null) {
			candidates.add(own);
		}
		candidates.addAll(mailCharsets);
		for (RawHeader raw : this.rawHeaders) {
			this.fields.add(new HeaderField(raw.name(), Charsets.decodeHeader(raw.value(), candidates).strip()));
		}
		this.rawHeaders.clear();
		for (MimePart child : this.children) {
			child.decodeFields(mailCharsets);
		}
	}

	/**
	 * The charset parameters of the Content-Type fields in this part and below, in order.
	 */
	private static void collectCharsets(MimePart part, List<String> charsets, int depth) {
		String charset = charsetOf(part.rawHeaders);
		if (charset != null && !charsets.contains(charset)) {
			charsets.add(charset);
		}
		for (int i = 0; depth < 50 && i < part.children.size(); i++) {
			collectCharsets(part.children.get(i), charsets, depth + 1);
		}
	}

	private static String charsetOf(List<RawHeader> headers) {
		for (RawHeader header : headers) {
			if (header.name().equals("content-type")) {
				return HeaderParams.parse(new String(header.value(), StandardCharsets.ISO_8859_1)).param("charset");
			}
		}
		return null;
	}

	private static final class TreeBuilder extends AbstractContentHandler {

		private final MimeStreamParser parser;

		private final Deque<MimePart> stack = new ArrayDeque<>();

		private MimePart root;

		TreeBuilder(MimeStreamParser parser) {
			this.parser = parser;
		}

		@Override
		public void startMessage() {
			if (this.root == null) {
				this.root = new MimePart();
				this.stack.push(this.root);
			}
			else {
				push();
			}
		}

		@Override
		public void endMessage() {
			pop();
		}

		/**
		 * A part at {@link #MAX_DEPTH} is read flat: a multipart there is one body, its
		 * parts not parsed.
		 */
		@Override
		public void startBodyPart() {
			push();
			if (this.stack.size() > MAX_DEPTH) {
				this.parser.setFlat();
			}
		}

		@Override
		public void endBodyPart() {
			pop();
			if (this.stack.size() <= MAX_DEPTH) {
				this.parser.setNoRecurse();
			}
		}

		@Override
		public void field(Field field) {
			if (!this.stack.isEmpty()) {
				try {
					this.stack.peek().rawHeaders.add(toRawHeader(field));
				}
				catch (RuntimeException ex) {
					// skip a field that cannot be read
				}
			}
		}

		@Override
		public void startMultipart(BodyDescriptor descriptor) {
			if (!this.stack.isEmpty()) {
				this.stack.peek().multipart = true;
				this.stack.peek().mimeType = descriptor.getMimeType().toLowerCase(Locale.ROOT);
			}
		}

		@Override
		public void body(BodyDescriptor descriptor, InputStream stream) {
			if (!this.stack.isEmpty()) {
				MimePart part = this.stack.peek();
				part.mimeType = descriptor.getMimeType().toLowerCase(Locale.ROOT);
				part.body = readLeniently(stream);
			}
		}

		private static byte[] readLeniently(InputStream stream) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				int n;
				while ((n = stream.read(buffer)) >= 0) {
					out.write(buffer, 0, n);
				}
			}
			catch (IOException | RuntimeException ex) {
				// keep what was read
			}
			return out.toByteArray();
		}

		@Override
		public void preamble(InputStream stream) {
			if (!this.stack.isEmpty()) {
				this.stack.peek().body = readLeniently(stream);
			}
		}

		private void push() {
			MimePart part = new MimePart();
			if (!this.stack.isEmpty()) {
				this.stack.peek().children.add(part);
			}
			this.stack.push(part);
		}

		private void pop() {
			if (this.stack.size() > 1) {
				this.stack.pop();
			}
		}

	}

}
