package eu.jdservices.caso.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A stored mail whose processing was interrupted (node crash, full work queue, database
 * outage, a failed attempt) stays undecided in {@code intake_mail}; any node announces it
 * again once it has been undecided for {@code caso.intake.recovery.after} (20 s), and a
 * node that starts announces every undecided mail at once. Deciding is idempotent (the
 * mail's row is locked and an already decided one is left alone), so a second
 * announcement is harmless.
 */
@Component
class IntakeRecovery {

	private static final Logger log = LoggerFactory.getLogger(IntakeRecovery.class);

	/** How many undecided mails one round announces at most. */
	static final int BATCH = 500;

	private final IntakeStore store;

	private final MailAnnouncements announcements;

	private final JdbcClient jdbc;

	private final Duration staleAfter;

	private final Clock clock;

	IntakeRecovery(IntakeStore store, MailAnnouncements announcements, JdbcClient jdbc, IntakeProperties properties,
			Clock clock) {
		this.store = store;
		this.announcements = announcements;
		this.jdbc = jdbc;
		this.staleAfter = properties.recovery().after();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${caso.intake.recovery.interval:10s}",
			initialDelayString = "${caso.intake.recovery.interval:10s}")
	void resubmitStaleMail() {
		try {
			announce(OffsetDateTime.now(this.clock).minus(this.staleAfter),
					"was not decided within " + this.staleAfter);
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for interrupted mail, trying again at the next round: {}", ex.toString());
		}
	}

	/**
	 * On start, the mail left undecided by a crash or a stop is announced at once (not
	 * only when it is stale); so are the announcements an earlier version kept in the
	 * event publication registry, which are then dropped.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resubmitOnStart() {
		try {
			dropRegistryAnnouncements();
			announce(OffsetDateTime.now(this.clock).plusSeconds(1),
					"undecided when this node started (left by a stop, or being decided by another node)");
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for mail left undecided, trying again at the next round: {}", ex.toString());
		}
	}

	private void announce(OffsetDateTime receivedBefore, String why) {
		List<Long> undecided = this.store.undecidedBefore(receivedBefore, BATCH)
			.stream()
			.filter((id) -> !this.announcements.queued(id))
			.toList();
		if (!undecided.isEmpty()) {
			log.warn("{} stored mail(s) {}; announcing them again: {}", undecided.size(), why,
					(undecided.size() <= 20) ? undecided : undecided.subList(0, 20) + " …");
		}
		undecided.forEach((id) -> this.announcements.afterCommit(id, null));
	}

	/**
	 * Announcements of mail were kept in the registry before 2026-12 (Spring Modulith's
	 * {@code event_publication}); the mail's own row is now what counts.
	 */
	private void dropRegistryAnnouncements() {
		int dropped = this.jdbc.sql("DELETE FROM event_publication WHERE event_type = :type")
			.param("type", MailReceived.class.getName())
			.update();
		if (dropped > 0) {
			log.info("Dropped {} announcement(s) of mail from the event publication registry", dropped);
		}
	}

}
