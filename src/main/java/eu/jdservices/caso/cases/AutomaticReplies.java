package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

/**
 * The loop guard: at most {@code caso.cases.automatic-mails-per-sender-per-hour}
 * automatic mails go to one address in an hour, and a notice of one kind goes to a sender
 * about a case at most once per {@code caso.cases.notice-interval}.
 */
@Component
class AutomaticReplies {

	private final AutoReplyLog log;

	private final CasesProperties properties;

	private final Clock clock;

	AutomaticReplies(AutoReplyLog log, CasesProperties properties, Clock clock) {
		this.log = log;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether an automatic mail may go to the recipient; if so it is counted. */
	boolean allow(String recipient, Long caseNumber, String kind) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int limit = this.properties.automaticMailsPerSenderPerHour();
		if (this.log.mailsTo(recipient, now.minus(Duration.ofHours(1)), limit) >= limit) {
			return false;
		}
		this.log.record(recipient, caseNumber, kind, now);
		return true;
	}

	/** Whether this notice was already sent to the recipient about the case recently. */
	boolean noticeAlreadySent(long caseNumber, String recipient, NoticeKind kind) {
		OffsetDateTime since = OffsetDateTime.now(this.clock).minus(this.properties.noticeInterval());
		return this.log.noticeSentSince(caseNumber, recipient, kind, since);
	}

}
