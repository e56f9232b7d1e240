package eu.jdservices.caso.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Meetings in the database ({@code meetings_meeting}) with their attendees
 * ({@code meetings_attendee}) and proposed times ({@code meetings_counter}), loaded and
 * saved whole.
 */
@Repository
class MeetingStore {

	private final JdbcClient jdbc;

	MeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Meeting> find(long id) {
		return this.jdbc.sql("SELECT * FROM meetings_meeting WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> meeting(rs))
			.optional()
			.map(this::whole);
	}

	/** The meeting of a UID, locked for the change a calendar reply brings. */
	Optional<Meeting> byUid(String uid) {
		return this.jdbc.sql("SELECT * FROM meetings_meeting WHERE uid = :uid FOR UPDATE")
			.param("uid", uid)
			.query((rs, row) -> meeting(rs))
			.optional()
			.map(this::whole);
	}

	/** The case of the meeting with the UID. */
	Optional<Long> caseOfUid(String uid) {
		return this.jdbc.sql("SELECT case_number FROM meetings_meeting WHERE uid = :uid")
			.param("uid", uid)
			.query(Long.class)
			.optional();
	}

	/** The case's meetings, soonest first. */
	List<Meeting> ofCase(long caseNumber) {
		return this.jdbc.sql("SELECT * FROM meetings_meeting WHERE case_number = :number ORDER BY start_at, id")
			.param("number", caseNumber)
			.query((rs, row) -> meeting(rs))
			.list()
			.stream()
			.map(this::whole)
			.toList();
	}

	/** Scheduled meetings that start between the two instants, soonest first. */
	List<Meeting> starting(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM meetings_meeting WHERE status <> 'CANCELLED' AND start_at >= :from AND start_at < :to
				ORDER BY start_at, id""")
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> meeting(rs))
			.list()
			.stream()
			.map(this::whole)
			.toList();
	}

	/** Stores a new meeting and returns it with its id. */
	Meeting insert(Meeting meeting) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO meetings_meeting (case_number, uid, kind, start_at, duration_minutes, contact_zone, join_url,
						phone, status, sequence_number, organizer, scheduled_by, scheduled_at)
					VALUES (:number, :uid, :kind, :start, :minutes, :zone, :joinUrl, :phone, :status, :sequence, :organizer,
						:by, :at)""")
			.param("number", meeting.caseNumber())
			.param("uid", meeting.uid())
			.param("kind", meeting.kind().name())
			.param("start", meeting.start().atOffset(ZoneOffset.UTC))
			.param("minutes", meeting.durationMinutes())
			.param("zone", meeting.contactZone().getId())
			.param("joinUrl", meeting.joinUrl())
			.param("phone", meeting.phone())
			.param("status", meeting.status().name())
			.param("sequence", meeting.sequence())
			.param("organizer", meeting.organizer())
			.param("by", meeting.scheduledBy())
			.param("at", meeting.scheduledAt())
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		saveParts(id, meeting);
		return find(id).orElseThrow();
	}

	/** Stores what changed: times, status, sequence, answers and proposed times. */
	void save(Meeting meeting, String changedBy, OffsetDateTime at) {
		this.jdbc.sql("""
				UPDATE meetings_meeting SET start_at = :start, duration_minutes = :minutes, status = :status,
					sequence_number = :sequence,
					outcome_by = CASE WHEN :status IN ('HELD', 'CUSTOMER_ABSENT') THEN :by ELSE outcome_by END,
					outcome_at = CASE WHEN :status IN ('HELD', 'CUSTOMER_ABSENT') THEN :at ELSE outcome_at END
				WHERE id = :id""")
			.param("start", meeting.start().atOffset(ZoneOffset.UTC))
			.param("minutes", meeting.durationMinutes())
			.param("status", meeting.status().name())
			.param("sequence", meeting.sequence())
			.param("by", changedBy)
			.param("at", at)
			.param("id", meeting.id())
			.update();
		saveParts(meeting.id(), meeting);
	}

	private void saveParts(long id, Meeting meeting) {
		this.jdbc.sql("DELETE FROM meetings_attendee WHERE meeting_id = :id").param("id", id).update();
		int position = 0;
		for (Meeting.Attendee attendee : meeting.attendees()) {
			this.jdbc.sql("""
					INSERT INTO meetings_attendee (meeting_id, position, email, response, answered_at)
					VALUES (:id, :position, :email, :response, :at)""")
				.param("id", id)
				.param("position", position++)
				.param("email", attendee.email())
				.param("response", attendee.response().name())
				.param("at", attendee.answeredAt())
				.update();
		}
		for (Meeting.Counter counter : meeting.counters()) {
			if (counter.id() == null) {
				this.jdbc.sql("""
						INSERT INTO meetings_counter (meeting_id, email, proposed_start, proposed_end, comment, state,
							proposed_at)
						VALUES (:id, :email, :start, :end, :comment, :state, :at)""")
					.param("id", id)
					.param("email", counter.email())
					.param("start", counter.start().atOffset(ZoneOffset.UTC))
					.param("end", counter.end().atOffset(ZoneOffset.UTC))
					.param("comment",
							(counter.comment() != null && counter.comment().length() > 2000)
									? counter.comment().substring(0, 2000) : counter.comment())
					.param("state", counter.state().name())
					.param("at", counter.proposedAt())
					.update();
			}
			else {
				this.jdbc.sql("UPDATE meetings_counter SET state = :state WHERE id = :counter")
					.param("state", counter.state().name())
					.param("counter", counter.id())
					.update();
			}
		}
	}

	private Meeting whole(Meeting meeting) {
		List<Meeting.Attendee> attendees = this.jdbc
			.sql("SELECT * FROM meetings_attendee WHERE meeting_id = :id ORDER BY position")
			.param("id", meeting.id())
			.query((rs, row) -> new Meeting.Attendee(rs.getString("email"), Response.valueOf(rs.getString("response")),
					rs.getObject("answered_at", OffsetDateTime.class)))
			.list();
		List<Meeting.Counter> counters = this.jdbc
			.sql("SELECT * FROM meetings_counter WHERE meeting_id = :id ORDER BY id")
			.param("id", meeting.id())
			.query((rs, row) -> new Meeting.Counter(rs.getLong("id"), rs.getString("email"),
					rs.getObject("proposed_start", OffsetDateTime.class).toInstant(),
					rs.getObject("proposed_end", OffsetDateTime.class).toInstant(), rs.getString("comment"),
					Meeting.CounterState.valueOf(rs.getString("state")),
					rs.getObject("proposed_at", OffsetDateTime.class)))
			.list();
		return new Meeting(meeting.id(), meeting.caseNumber(), meeting.uid(), meeting.kind(), meeting.start(),
				meeting.durationMinutes(), meeting.contactZone(), meeting.joinUrl(), meeting.phone(), meeting.status(),
				meeting.sequence(), meeting.organizer(), meeting.scheduledBy(), meeting.scheduledAt(), attendees,
				counters);
	}

	private static Meeting meeting(ResultSet rs) throws SQLException {
		return new Meeting(rs.getLong("id"), rs.getLong("case_number"), rs.getString("uid"),
				MeetingKind.valueOf(rs.getString("kind")), rs.getObject("start_at", OffsetDateTime.class).toInstant(),
				rs.getInt("duration_minutes"), ZoneId.of(rs.getString("contact_zone")), rs.getString("join_url"),
				rs.getString("phone"), MeetingStatus.valueOf(rs.getString("status")), rs.getInt("sequence_number"),
				rs.getString("organizer"), rs.getString("scheduled_by"),
				rs.getObject("scheduled_at", OffsetDateTime.class), List.of(), List.of());
	}

}
