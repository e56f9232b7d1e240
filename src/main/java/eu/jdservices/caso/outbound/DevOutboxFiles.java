package eu.jdservices.caso.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * The outbound module's API to the dev outbox: the mails kept as {@code .eml} files when
 * no relay is configured, to browse and download.
 */
@Service
public class DevOutboxFiles {

	/**
	 * Only names the dev outbox writes; nothing else in or outside the folder is served.
	 */
	private static final Pattern NAME = Pattern.compile("\\d{8}-[a-z0-9_-]+\\.eml");

	private final DevOutbox outbox;

	private final boolean relayConfigured;

	DevOutboxFiles(DevOutbox outbox, ObjectProvider<JavaMailSender> relay) {
		this.outbox = outbox;
		this.relayConfigured = relay.getIfAvailable() != null;
	}

	/** Whether mail goes to the dev outbox (no SMTP relay configured). */
	public boolean inUse() {
		return !this.relayConfigured;
	}

	/** The newest {@code limit} mails of the dev outbox, newest first. */
	public List<OutboxFile> newest(int limit) {
		if (!inUse() || !Files.isDirectory(this.outbox.folder())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.outbox.folder())) {
			return files.filter((file) -> NAME.matcher(file.getFileName().toString()).matches())
				.sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
				.limit(limit)
				.map(DevOutboxFiles::describe)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bytes of one mail of the dev outbox; empty for an unknown or foreign name. */
	public Optional<byte[]> read(String name) {
		if (!inUse() || name == null || !NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readAllBytes(this.outbox.folder().resolve(name)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static OutboxFile describe(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			InternetHeaders headers = new InternetHeaders(in);
			return new OutboxFile(file.getFileName().toString(), decoded(headers.getHeader("Subject", " ")),
					decoded(headers.getHeader("To", ", ")), headers.getHeader("Date", " "),
					Files.getLastModifiedTime(file).toInstant(), Files.size(file));
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException("Could not read " + file, ex);
		}
	}

	private static String decoded(String value) {
		if (value == null) {
			return "";
		}
		try {
			return MimeUtility.decodeText(MimeUtility.unfold(value));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return value;
		}
	}

	/**
	 * One mail in the dev outbox.
	 *
	 * @param name file name
	 * @param subject decoded Subject
	 * @param to decoded To
	 * @param date the Date header as written, empty when absent
	 * @param written when the file was written
	 * @param sizeBytes file size
	 */
	public record OutboxFile(String name, String subject, String to, String date, Instant written, long sizeBytes) {

		public OutboxFile {
			date = (date != null) ? date : "";
		}

	}

}
