package eu.jdservices.caso.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A stored mail whose processing was interrupted (node crash, full work queue, database
 * outage, a failed attempt) is announced again by any node after
 * {@code caso.intake.recovery.after} (20 s): the event publication registry keeps every
 * {@link MailReceived} until a listener completed it. Restarts resubmit them too
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Deciding is
 * idempotent, so a second delivery is harmless.
 */
@Component
class IntakeRecovery {

	private static final Logger log = LoggerFactory.getLogger(IntakeRecovery.class);

	private final IncompleteEventPublications publications;

	private final Duration staleAfter;

	private final Clock clock;

	IntakeRecovery(IncompleteEventPublications publications, IntakeProperties properties, Clock clock) {
		this.publications = publications;
		this.staleAfter = properties.recovery().after();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${caso.intake.recovery.interval:10s}",
			initialDelayString = "${caso.intake.recovery.interval:10s}")
	void resubmitStaleMail() {
		try {
			resubmit();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for interrupted mail, trying again at the next round: {}", ex.toString());
		}
	}

	private void resubmit() {
		// the registry dates publications with the application's clock
		Instant staleBefore = this.clock.instant().minus(this.staleAfter);
		this.publications.resubmitIncompletePublications((publication) -> {
			boolean stale = publication.getEvent() instanceof MailReceived
					&& publication.getPublicationDate().isBefore(staleBefore);
			if (stale) {
				log.warn("Mail {} was not decided within {}; processing it again", publication.getEvent(),
						this.staleAfter);
			}
			return stale;
		});
	}

}
