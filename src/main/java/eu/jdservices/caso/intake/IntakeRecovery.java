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
 * A stored mail whose processing was interrupted (node crash, full work queue) is
 * announced again: the event publication registry keeps every {@link MailReceived} until
 * a listener completed it. Restarts resubmit them too
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Deciding is
 * idempotent, so a second delivery is harmless.
 */
@Component
class IntakeRecovery {

	private static final Duration STALE_AFTER = Duration.ofMinutes(2);

	private static final Logger log = LoggerFactory.getLogger(IntakeRecovery.class);

	private final IncompleteEventPublications publications;

	private final Clock clock;

	IntakeRecovery(IncompleteEventPublications publications, Clock clock) {
		this.publications = publications;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${caso.intake.recovery-interval:60s}",
			initialDelayString = "${caso.intake.recovery-interval:60s}")
	void resubmitStaleMail() {
		Instant staleBefore = this.clock.instant().minus(STALE_AFTER);
		this.publications.resubmitIncompletePublications((publication) -> {
			boolean stale = publication.getEvent() instanceof MailReceived
					&& publication.getPublicationDate().isBefore(staleBefore);
			if (stale) {
				log.warn("Mail {} was not decided within {}; processing it again", publication.getEvent(), STALE_AFTER);
			}
			return stale;
		});
	}

}
