package eu.jdservices.caso.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

/**
 * Where mail goes when no relay is configured: one {@code .eml} file per mail, never
 * lost, easy to open.
 */
@Component
class DevOutbox implements Delivery {

	private final Path folder;

	DevOutbox(OutboundProperties properties) {
		this.folder = properties.outboxDir();
	}

	Path write(Outbox.Claimed mail) {
		try {
			Files.createDirectories(this.folder);
			String name = String.format("%08d-%s%s.eml", mail.id(),
					mail.kind().name().toLowerCase(java.util.Locale.ROOT),
					(mail.caseNumber() != null) ? "-caso-" + mail.caseNumber() : "");
			Path target = this.folder.resolve(name);
			Path temporary = Files.createTempFile(this.folder, ".writing-", ".tmp");
			Files.write(temporary, mail.raw());
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write to the dev outbox " + this.folder, ex);
		}
	}

	@Override
	public Delivery.Batch open() {
		return new Delivery.Batch() {

			@Override
			public DeliveryResult deliver(Outbox.Claimed mail) {
				try {
					write(mail);
					return DeliveryResult.Delivered.toAll();
				}
				catch (UncheckedIOException ex) {
					return new DeliveryResult.Deferred(ex.getMessage() + ": " + ex.getCause(), false);
				}
			}

			@Override
			public void close() {
			}

		};
	}

	Path folder() {
		return this.folder;
	}

}
