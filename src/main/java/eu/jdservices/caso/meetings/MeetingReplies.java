package eu.jdservices.caso.meetings;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.jdservices.caso.cases.MailCases;
import eu.jdservices.caso.cases.ReplyFindings;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.timers.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The answers to our invitations that come with a contact's reply to a case. A calendar
 * client's iTIP REPLY updates the attendee's response ({@code DECLINED} is
 * {@code MEETING_DECLINED} for the agent); a COUNTER is kept as a proposed time
 * ({@code MEETING_COUNTER_PROPOSED}) for the agent to accept or decline. Either counts
 * only when the iTIP attendee is the mail's sender and a contact of the case (RFC 6047
 * §3). A plain reply asking to move a scheduled meeting is {@code RESCHEDULE_REQUESTED}.
 * A reply whose subject and headers do not name its case is found by its UID.
 */
@Component
class MeetingReplies implements ReplyFindings, MailCases {

	private static final Logger log = LoggerFactory.getLogger(MeetingReplies.class);

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

	private final MeetingStore store;

	private final ZoneId providerZone;

	private final Clock clock;

	MeetingReplies(MeetingStore store, BusinessCalendar calendar, Clock clock) {
		this.store = store;
		this.providerZone = calendar.zone();
		this.clock = clock;
	}

	@Override
	public Optional<Long> caseOf(ParsedMail mail) {
		return itip(mail).flatMap((itip) -> this.store.caseOfUid(itip.uid()));
	}

	@Override
	public Answer about(Reply reply) {
		Optional<ItipReader.ItipMessage> itip = itip(reply.mail());
		if (itip.isEmpty()) {
			return asksToMove(reply);
		}
		ItipReader.ItipMessage message = itip.get();
		String sender = reply.sender().toLowerCase(Locale.ROOT);
		if (!message.attendee().equals(sender) || reply.contacts().stream().noneMatch(sender::equalsIgnoreCase)) {
			log.warn("Calendar reply to case {} from {} names attendee {}: not recorded (RFC 6047 §3)",
					reply.caseNumber(), sender, message.attendee());
			return Answer.none();
		}
		Optional<Meeting> found = this.store.byUid(message.uid())
			.filter((meeting) -> meeting.caseNumber() == reply.caseNumber());
		if (found.isEmpty()) {
			return new Answer(List.of(), true);
		}
		Meeting meeting = found.get();
		return switch (message.method()) {
			case REPLY -> answered(meeting, message, reply);
			case COUNTER -> proposed(meeting, message, reply);
		};
	}

	private Answer answered(Meeting meeting, ItipReader.ItipMessage message, Reply reply) {
		if (message.response().isEmpty()
				|| !meeting.answer(message.attendee(), message.response().get(), message.sequence(), reply.at())) {
			return new Answer(List.of(), true);
		}
		this.store.save(meeting, message.attendee(), reply.at());
		if (message.response().get() != Response.DECLINED) {
			return new Answer(List.of(), true);
		}
		String detail = message.attendee() + " declined meeting #" + meeting.id() + " ("
				+ SHOWN.format(meeting.start().atZone(meeting.contactZone())) + ")"
				+ ((message.comment() != null) ? ": " + message.comment().strip() : "");
		return new Answer(List.of(new Found(Reason.MEETING_DECLINED, detail)), true);
	}

	private Answer proposed(Meeting meeting, ItipReader.ItipMessage message, Reply reply) {
		if (!meeting.propose(message.attendee(), message.proposedStart(), message.proposedEnd(), message.comment(),
				reply.at())) {
			return new Answer(List.of(), true);
		}
		this.store.save(meeting, message.attendee(), reply.at());
		String detail = message.attendee() + " proposes "
				+ SHOWN.format(message.proposedStart().atZone(meeting.contactZone())) + " for meeting #" + meeting.id()
				+ " (" + SHOWN.format(meeting.start().atZone(meeting.contactZone())) + ")"
				+ ((message.comment() != null) ? ": " + message.comment().strip() : "");
		return new Answer(List.of(new Found(Reason.MEETING_COUNTER_PROPOSED, detail)), true);
	}

	private Answer asksToMove(Reply reply) {
		if (!RescheduleWords.asksToMove(reply.newText())) {
			return Answer.none();
		}
		List<Meeting> upcoming = this.store.ofCase(reply.caseNumber())
			.stream()
			.filter((meeting) -> meeting.status().isOpen() && meeting.end().isAfter(this.clock.instant()))
			.toList();
		if (upcoming.isEmpty()) {
			return Answer.none();
		}
		Meeting next = upcoming.get(0);
		return new Answer(List.of(new Found(Reason.RESCHEDULE_REQUESTED, reply.sender() + " asks to move meeting #"
				+ next.id() + " (" + SHOWN.format(next.start().atZone(next.contactZone())) + ")")), false);
	}

	private Optional<ItipReader.ItipMessage> itip(ParsedMail mail) {
		for (ParsedMail.Attachment attachment : mail.attachments()) {
			if (isCalendar(attachment)) {
				Optional<ItipReader.ItipMessage> message = ItipReader.read(attachment.content(), this.providerZone);
				if (message.isPresent()) {
					return message;
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isCalendar(ParsedMail.Attachment attachment) {
		String type = (attachment.contentType() != null) ? attachment.contentType().toLowerCase(Locale.ROOT) : "";
		String name = (attachment.name() != null) ? attachment.name().toLowerCase(Locale.ROOT) : "";
		return type.startsWith("text/calendar") || type.startsWith("application/ics") || name.endsWith(".ics");
	}

}
