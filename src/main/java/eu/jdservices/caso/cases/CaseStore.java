package eu.jdservices.caso.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.QuotedHistory;
import eu.jdservices.caso.intake.Severity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Cases, their contacts, messages and attachments in the database.
 */
@Repository
class CaseStore {

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewCase newCase) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO cases_case (subject, severity, status, organization, requester, language, created_at,
						opening_fingerprint)
					VALUES (:subject, :severity, :status, :organization, :requester, :language, :createdAt, :fingerprint)""")
			.param("subject", limit(newCase.subject(), 1000))
			.param("severity", newCase.severity().name())
			.param("status", Status.OPEN.name())
			.param("organization", newCase.organization())
			.param("requester", newCase.requester())
			.param("requesterName", limit(newCase.requesterName(), 255))
			.param("language", newCase.language())
			.param("createdAt", newCase.createdAt())
			.param("fingerprint", newCase.fingerprint())
			.update(keys, "number");
		long number = keys.getKeyAs(Long.class);
		int position = 0;
		for (String contact : newCase.contacts()) {
			this.jdbc
				.sql("INSERT INTO cases_contact (case_number, email, position) VALUES (:number, :email, :position)")
				.param("number", number)
				.param("email", contact)
				.param("position", position++)
				.update();
		}
		return number;
	}

	/**
	 * Holds the requester's lock until the transaction ends: mails of one requester open
	 * cases one after the other, so a re-sent copy decided at the same moment as the
	 * original sees its case.
	 */
	void lockRequester(String requester) {
		this.jdbc.sql("INSERT INTO cases_requester_lock (requester) VALUES (:requester) ON CONFLICT DO NOTHING")
			.param("requester", limit(requester, 320))
			.update();
		this.jdbc.sql("SELECT requester FROM cases_requester_lock WHERE requester = :requester FOR UPDATE")
			.param("requester", limit(requester, 320))
			.query(String.class)
			.list();
	}

	/** A case the same requester opened with the same mail since the given time. */
	Optional<Long> openedWith(String requester, String fingerprint, OffsetDateTime since) {
		return this.jdbc.sql("""
				SELECT number FROM cases_case
				WHERE requester = :requester AND opening_fingerprint = :fingerprint AND created_at >= :since
				ORDER BY number DESC LIMIT 1""")
			.param("requester", requester)
			.param("fingerprint", fingerprint)
			.param("since", since)
			.query(Long.class)
			.optional();
	}

	/**
	 * Adds a customer's mail: the new text shown, the full text (with quoted history)
	 * kept beside it.
	 */
	long addIncoming(long number, IncomingMessage message, OffsetDateTime at, String kind) {
		return addIncoming(number, message, at, kind, List.of());
	}

	long addIncoming(long number, IncomingMessage message, OffsetDateTime at, String kind, List<String> redactions) {
		ParsedMail mail = message.mail();
		long id = insertMessage(number, "IN", kind, mail.messageId(), message.intakeId(), mail.from().email(),
				message.to(), message.cc(), mail.subject(), at, QuotedHistory.newText(mail.text()), mail.text(), null,
				mail.html());
		if (!redactions.isEmpty()) {
			this.jdbc.sql("UPDATE cases_message SET redactions = :redactions WHERE id = :id")
				.param("id", id)
				.param("redactions", limit(String.join(",", redactions), 1000))
				.update();
		}
		for (ParsedMail.Attachment attachment : mail.attachments()) {
			this.jdbc.sql("""
					INSERT INTO cases_attachment (message_id, name, content_type, content_id, inline_part, size_bytes,
						content)
					VALUES (:messageId, :name, :contentType, :contentId, :inline, :size, :content)""")
				.param("messageId", id)
				.param("name", limit(attachment.name(), 1000))
				.param("contentType", limit(attachment.contentType(), 255))
				.param("contentId", limit(attachment.contentId(), 1000))
				.param("inline", attachment.inline())
				.param("size", attachment.size())
				.param("content", attachment.content())
				.update();
		}
		return id;
	}

	long addOutgoing(long number, OutgoingMessage message) {
		return insertMessage(number, "OUT", message.kind().name(), message.messageId(), null, message.from(),
				message.to(), message.cc(), message.subject(), message.at(), message.text(), null, message.author(),
				null);
	}

	long addNote(long number, String author, String text, OffsetDateTime at) {
		return insertMessage(number, "NOTE", "NOTE", null, null, author, List.of(), List.of(), "", at, text, null,
				author, null);
	}

	private long insertMessage(long number, String direction, String kind, String messageId, Long intakeId, String from,
			List<String> to, List<String> cc, String subject, OffsetDateTime at, String text, String fullText,
			String author, String html) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO cases_message (case_number, direction, kind, message_id, intake_id, from_address,
					to_addresses, cc_addresses, subject, at, text, full_text, redactions, author, html)
				VALUES (:number, :direction, :kind, :messageId, :intakeId, :from, :to, :cc, :subject, :at, :text,
					:fullText, '', :author, :html)""")
			.param("number", number)
			.param("direction", direction)
			.param("kind", kind)
			.param("messageId", limit(messageId, 1000))
			.param("intakeId", intakeId)
			.param("from", limit(from, 1000))
			.param("to", limit(String.join(",", to), 4000))
			.param("cc", limit(String.join(",", cc), 4000))
			.param("subject", limit(subject, 1000))
			.param("at", at)
			.param("text", text)
			.param("fullText", fullText)
			.param("author", author)
			.param("html", html)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void setAlternativeContacts(long number, List<String> alternatives) {
		this.jdbc.sql("UPDATE cases_case SET alternative_contacts = :alternatives WHERE number = :number")
			.param("number", number)
			.param("alternatives", limit(String.join("\n", alternatives), 2000))
			.update();
	}

	/**
	 * Open cases of an organisation, newest first, with the text of their opening mail.
	 */
	List<OpenCaseText> openCasesOf(String organization, int limit) {
		if (organization == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT c.number, c.subject, (SELECT m.text FROM cases_message m
					WHERE m.case_number = c.number AND m.direction = 'IN' ORDER BY m.id LIMIT 1) AS text
				FROM cases_case c
				WHERE c.organization = :organization AND c.status IN ('OPEN', 'WAITING_FOR_CUSTOMER')
				ORDER BY c.number DESC LIMIT :limit""")
			.param("organization", organization)
			.param("limit", limit)
			.query((rs, row) -> new OpenCaseText(rs.getLong("number"), rs.getString("subject"),
					Objects.toString(rs.getString("text"), "")))
			.list();
	}

	record OpenCaseText(long number, String subject, String text) {
	}

	/**
	 * The case a Message-ID we sent or stored belongs to (the surviving case, after
	 * merges).
	 */
	Optional<Long> caseOfMessageId(String messageId) {
		return this.jdbc.sql("SELECT case_number FROM cases_message WHERE message_id = :id ORDER BY id LIMIT 1")
			.param("id", limit(messageId, 1000))
			.query(Long.class)
			.optional()
			.map(this::survivor);
	}

	/** Follows merges to the case that lives on. */
	long survivor(long number) {
		long current = number;
		for (int hops = 0; hops < 20; hops++) {
			Long next = this.jdbc.sql("SELECT merged_into FROM cases_case WHERE number = :number")
				.param("number", current)
				.query((rs, row) -> rs.getObject(1, Long.class))
				.optional()
				.orElse(null);
			if (next == null) {
				return current;
			}
			current = next;
		}
		return current;
	}

	/**
	 * Message-IDs of the case's conversation (mails in and out, no notes or notices),
	 * oldest first.
	 */
	List<String> conversationIds(long number) {
		return this.jdbc.sql("""
				SELECT message_id FROM cases_message
				WHERE case_number = :number AND message_id IS NOT NULL AND kind NOT IN ('NOTICE', 'BOUNCE', 'NOTE')
				ORDER BY at, id""").param("number", number).query(String.class).list();
	}

	void addContact(long number, String email) {
		Integer position = this.jdbc
			.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM cases_contact WHERE case_number = :number")
			.param("number", number)
			.query(Integer.class)
			.single();
		this.jdbc.sql("INSERT INTO cases_contact (case_number, email, position) VALUES (:number, :email, :position)")
			.param("number", number)
			.param("email", email)
			.param("position", position)
			.update();
	}

	boolean removeContact(long number, String email) {
		return this.jdbc.sql("DELETE FROM cases_contact WHERE case_number = :number AND email = :email")
			.param("number", number)
			.param("email", email)
			.update() > 0;
	}

	/** Marks a contact as failing; false when the address is no contact of the case. */
	boolean markFailing(long number, String email, String mail, String reason, OffsetDateTime at) {
		return this.jdbc
			.sql("""
					UPDATE cases_contact SET failing = TRUE, failing_reason = :reason, failing_at = :at, failing_mail = :mail
					WHERE case_number = :number AND LOWER(email) = LOWER(:email)""")
			.param("number", number)
			.param("email", email)
			.param("mail", limit(mail, 30))
			.param("reason", limit(reason, 2000))
			.param("at", at)
			.update() > 0;
	}

	void addFinding(long number, String code, String detail, OffsetDateTime at) {
		this.jdbc.sql("INSERT INTO cases_finding (case_number, code, detail, at) VALUES (:number, :code, :detail, :at)")
			.param("number", number)
			.param("code", code)
			.param("detail", limit(detail, 4000))
			.param("at", at)
			.update();
	}

	void addLink(long number, String type, long other) {
		boolean exists = this.jdbc
			.sql("""
					SELECT COUNT(*) FROM cases_link WHERE case_number = :number AND type = :type AND other_number = :other""")
			.param("number", number)
			.param("type", type)
			.param("other", other)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			this.jdbc.sql("INSERT INTO cases_link (case_number, type, other_number) VALUES (:number, :type, :other)")
				.param("number", number)
				.param("type", type)
				.param("other", other)
				.update();
		}
	}

	void recordHistory(long number, String actor, String event, String detail, OffsetDateTime at) {
		this.jdbc.sql("""
				INSERT INTO cases_history (case_number, at, actor, event, detail)
				VALUES (:number, :at, :actor, :event, :detail)""")
			.param("number", number)
			.param("at", at)
			.param("actor", actor)
			.param("event", event)
			.param("detail", limit(detail, 4000))
			.update();
	}

	List<CaseDetails.Change> history(long number) {
		return this.jdbc.sql("SELECT * FROM cases_history WHERE case_number = :number ORDER BY at, id")
			.param("number", number)
			.query((rs, row) -> new CaseDetails.Change(rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("event"), rs.getString("detail")))
			.list();
	}

	void setStatus(long number, Status status, OffsetDateTime closedAt) {
		this.jdbc.sql("UPDATE cases_case SET status = :status, closed_at = :closedAt WHERE number = :number")
			.param("number", number)
			.param("status", status.name())
			.param("closedAt", closedAt)
			.update();
	}

	void setDue(long number, String column, OffsetDateTime dueAt) {
		if (!column.equals("customer_response_due_at") && !column.equals("first_response_due_at")) {
			throw new IllegalArgumentException(column);
		}
		this.jdbc.sql("UPDATE cases_case SET " + column + " = :due WHERE number = :number")
			.param("number", number)
			.param("due", dueAt)
			.update();
	}

	void setResponseTarget(long number, String state) {
		this.jdbc.sql("UPDATE cases_case SET response_target = :state WHERE number = :number")
			.param("number", number)
			.param("state", state)
			.update();
	}

	void setSeverity(long number, eu.jdservices.caso.intake.Severity severity) {
		this.jdbc.sql("UPDATE cases_case SET severity = :severity WHERE number = :number")
			.param("number", number)
			.param("severity", severity.name())
			.update();
	}

	void setAssignment(long number, String team, String assignee) {
		this.jdbc.sql("UPDATE cases_case SET team = :team, assignee = :assignee WHERE number = :number")
			.param("number", number)
			.param("team", team)
			.param("assignee", assignee)
			.update();
	}

	void mergeInto(long number, long survivor) {
		this.jdbc.sql("UPDATE cases_message SET case_number = :survivor WHERE case_number = :number")
			.param("number", number)
			.param("survivor", survivor)
			.update();
		this.jdbc.sql("UPDATE cases_case SET merged_into = :survivor WHERE number = :number")
			.param("number", number)
			.param("survivor", survivor)
			.update();
	}

	int moveMessages(long from, long to, List<Long> messageIds) {
		return this.jdbc.sql("UPDATE cases_message SET case_number = :to WHERE case_number = :from AND id IN (:ids)")
			.param("from", from)
			.param("to", to)
			.param("ids", messageIds)
			.update();
	}

	/**
	 * Automatic mails (acknowledgements, notices) decided for a recipient since a time.
	 */
	long automaticMailsTo(String recipient, OffsetDateTime since) {
		return this.jdbc.sql("SELECT COUNT(*) FROM cases_auto_reply WHERE recipient = :recipient AND at >= :since")
			.param("recipient", recipient)
			.param("since", since)
			.query(Long.class)
			.single();
	}

	boolean noticeSentSince(long number, String recipient, String kind, OffsetDateTime since) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM cases_auto_reply
				WHERE case_number = :number AND kind = :kind AND recipient = :recipient AND at >= :since""")
			.param("number", number)
			.param("kind", kind)
			.param("recipient", recipient)
			.param("since", since)
			.query(Long.class)
			.single() > 0;
	}

	void recordAutomaticMail(String recipient, Long number, String kind, OffsetDateTime at) {
		this.jdbc.sql("""
				INSERT INTO cases_auto_reply (recipient, case_number, kind, at)
				VALUES (:recipient, :number, :kind, :at)""")
			.param("recipient", recipient)
			.param("number", number)
			.param("kind", kind)
			.param("at", at)
			.update();
	}

	void acknowledged(long number, OffsetDateTime at) {
		this.jdbc.sql("UPDATE cases_case SET acknowledged_at = :at WHERE number = :number AND acknowledged_at IS NULL")
			.param("number", number)
			.param("at", at)
			.update();
	}

	Optional<CaseSummary> find(long number) {
		return this.jdbc.sql("SELECT * FROM cases_case WHERE number = :number")
			.param("number", number)
			.query((rs, row) -> summary(rs))
			.optional();
	}

	List<CaseSummary> list(CaseQuery query) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, params);
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		return this.jdbc
			.sql("SELECT * FROM cases_case c" + where + " ORDER BY c.number " + (query.oldestFirst() ? "ASC" : "DESC")
					+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> summary(rs))
			.list();
	}

	long count(CaseQuery query) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM cases_case c" + where).params(params).query(Long.class).single();
	}

	/** How many cases match in each status, whatever status the query asks for. */
	Map<Status, Long> countByStatus(CaseQuery query) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query.anyStatus(), params);
		Map<Status, Long> counts = new java.util.EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("SELECT c.status, COUNT(*) AS n FROM cases_case c" + where + " GROUP BY c.status")
			.params(params)
			.query((rs, row) -> counts.put(Status.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	private static String where(CaseQuery query, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (query.contact() != null) {
			conditions
				.add("EXISTS (SELECT 1 FROM cases_contact k WHERE k.case_number = c.number AND k.email = :contact)");
			params.put("contact", query.contact());
		}
		if (query.organization() != null) {
			conditions.add("LOWER(c.organization) = LOWER(:organization)");
			params.put("organization", query.organization());
		}
		if (query.status() != null) {
			conditions.add("c.status = :status");
			params.put("status", query.status().name());
		}
		if (query.severity() != null) {
			conditions.add("c.severity = :severity");
			params.put("severity", query.severity().name());
		}
		if (query.team() != null) {
			conditions.add("c.team = :team");
			params.put("team", query.team());
		}
		if (query.assignee() != null) {
			conditions.add("c.assignee = :assignee");
			params.put("assignee", query.assignee());
		}
		if (query.breach() != null) {
			conditions.add("c.response_target = :breach");
			params.put("breach", query.breach());
		}
		if (query.text() != null) {
			// number, subject, organisation, a contact's address, or the text of a
			// message
			conditions.add("(LOWER(c.subject) LIKE :text OR CAST(c.number AS VARCHAR(20)) = :exact"
					+ " OR LOWER(c.organization) LIKE :text"
					+ " OR EXISTS (SELECT 1 FROM cases_contact k WHERE k.case_number = c.number AND k.email LIKE :text)"
					+ " OR EXISTS (SELECT 1 FROM cases_message m WHERE m.case_number = c.number AND LOWER(m.text) LIKE :text))");
			params.put("text", "%" + query.text().toLowerCase(java.util.Locale.ROOT) + "%");
			params.put("exact", query.text().replaceFirst("^#", ""));
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	Optional<AttachmentFile> attachment(long caseNumber, long attachmentId) {
		return this.jdbc.sql("""
				SELECT a.name, a.content_type, a.content FROM cases_attachment a
				JOIN cases_message m ON m.id = a.message_id WHERE a.id = :id AND m.case_number = :number""")
			.param("id", attachmentId)
			.param("number", caseNumber)
			.query((rs, row) -> new AttachmentFile(rs.getString("name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	List<CaseDetails.Message> messages(long number) {
		Map<Long, List<CaseDetails.Attachment>> attachments = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT a.id, a.message_id, a.name, a.size_bytes, a.content_type FROM cases_attachment a
				JOIN cases_message m ON m.id = a.message_id WHERE m.case_number = :number ORDER BY a.id""")
			.param("number", number)
			.query((rs, row) -> attachments.computeIfAbsent(rs.getLong("message_id"), (id) -> new ArrayList<>())
				.add(new CaseDetails.Attachment(rs.getLong("id"), rs.getString("name"), rs.getLong("size_bytes"),
						rs.getString("content_type"))))
			.list();
		return this.jdbc.sql("SELECT * FROM cases_message WHERE case_number = :number ORDER BY at, id")
			.param("number", number)
			.query((rs, row) -> new CaseDetails.Message(rs.getLong("id"), rs.getString("direction"),
					rs.getString("message_id"), rs.getString("from_address"), split(rs.getString("to_addresses")),
					split(rs.getString("cc_addresses")), rs.getString("subject"),
					rs.getObject("at", OffsetDateTime.class), rs.getString("text"), rs.getString("full_text"),
					rs.getString("html"), rs.getString("kind"), rs.getString("author"),
					split(rs.getString("redactions")), attachments.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private CaseSummary summary(ResultSet rs) throws SQLException {
		long number = rs.getLong("number");
		List<String> contacts = this.jdbc
			.sql("SELECT email FROM cases_contact WHERE case_number = :number ORDER BY position")
			.param("number", number)
			.query(String.class)
			.list();
		List<CaseSummary.FailingContact> failing = this.jdbc.sql("""
				SELECT email, failing_reason, failing_at, failing_mail FROM cases_contact
				WHERE case_number = :number AND failing = TRUE ORDER BY position""")
			.param("number", number)
			.query((r, i) -> new CaseSummary.FailingContact(r.getString("email"), r.getString("failing_reason"),
					r.getObject("failing_at", OffsetDateTime.class), r.getString("failing_mail")))
			.list();
		List<CaseSummary.Finding> findings = this.jdbc
			.sql("SELECT code, detail FROM cases_finding WHERE case_number = :number ORDER BY id")
			.param("number", number)
			.query((r, i) -> new CaseSummary.Finding(r.getString("code"), r.getString("detail")))
			.list();
		List<CaseSummary.Link> links = this.jdbc
			.sql("SELECT type, other_number FROM cases_link WHERE case_number = :number ORDER BY type, other_number")
			.param("number", number)
			.query((r, i) -> new CaseSummary.Link(r.getString("type"), r.getLong("other_number")))
			.list();
		String alternatives = rs.getString("alternative_contacts");
		return new CaseSummary(number, rs.getString("subject"), Severity.valueOf(rs.getString("severity").trim()),
				Status.valueOf(rs.getString("status")), rs.getString("organization"), rs.getString("requester"),
				Objects.toString(rs.getString("requester_name"), ""), contacts, failing,
				(alternatives == null || alternatives.isBlank()) ? List.of() : List.of(alternatives.split("\n")),
				rs.getString("team"), rs.getString("assignee"), rs.getString("language"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("acknowledged_at", OffsetDateTime.class),
				rs.getObject("customer_response_due_at", OffsetDateTime.class),
				rs.getObject("first_response_due_at", OffsetDateTime.class), findings, links);
	}

	private static List<String> split(String value) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.asList(value.split(","));
	}

	private static String limit(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}
