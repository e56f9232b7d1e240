package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

/**
 * The loop guard: every automatic mail we decide to send is counted per recipient; past
 * the hourly cap nothing automatic goes to that address any more. Notices are also
 * limited to one of a kind per case, recipient and day.
 */
@Component
class AutomaticReplies {

	private final CaseStore store;

	private final CasesProperties properties;

	private final Clock clock;

	AutomaticReplies(CaseStore store, CasesProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether an automatic mail may go to the recipient; if so it is counted. */
	boolean allow(String recipient, Long caseNumber, String kind) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (this.store.automaticMailsTo(recipient, now.minus(Duration.ofHours(1))) >= this.properties
			.automaticMailsPerSenderPerHour()) {
			return false;
		}
		this.store.recordAutomaticMail(recipient, caseNumber, kind, now);
		return true;
	}

	/** Whether this notice was already sent to the recipient about the case recently. */
	boolean noticeAlreadySent(long caseNumber, String recipient, NoticeKind kind) {
		OffsetDateTime since = OffsetDateTime.now(this.clock).minus(this.properties.noticeInterval());
		return this.store.noticeSentSince(caseNumber, recipient, kind.name(), since);
	}

}
