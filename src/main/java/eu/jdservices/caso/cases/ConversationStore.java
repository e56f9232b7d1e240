package eu.jdservices.caso.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.QuotedHistory;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The conversation of each case: the mails in and out, the internal notes, and the
 * attachments of customers' mails.
 */
@Repository
class ConversationStore {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final CaseWordsIndex words;

	ConversationStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CaseWordsIndex words) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.words = words;
	}

	/**
	 * Adds a customer's mail: the new text shown, the full text (with quoted history)
	 * kept beside it.
	 */
	long addIncoming(long number, IncomingMessage message, OffsetDateTime at, MessageKind kind,
			List<String> redactions) {
		ParsedMail mail = message.mail();
		String text = QuotedHistory.newText(mail.text());
		long id = insertRow(number, Direction.IN, kind, mail.messageId(), message.intakeId(), mail.from().email(),
				message.to(), message.cc(), mail.subject(), at, text, mail.text(), null, mail.html(), redactions,
				mail.textCut(), mail.partsLeftOut());
		touch(number, at, kind, text);
		addAttachments(id, mail);
		return id;
	}

	/**
	 * Adds the mail that opened a case just stored ({@link CaseRepository#insertOpened}):
	 * the case's words and the mail's are written with the time of the mail, the case's
	 * last message now, in one statement.
	 */
	long addOpening(Case opened, IncomingMessage message, List<String> redactions) {
		ParsedMail mail = message.mail();
		String text = QuotedHistory.newText(mail.text());
		OffsetDateTime at = opened.facts().createdAt();
		long id = insertRow(opened.number(), Direction.IN, MessageKind.MAIL, mail.messageId(), message.intakeId(),
				mail.from().email(), message.to(), message.cc(), mail.subject(), at, text, mail.text(), null,
				mail.html(), redactions, mail.textCut(), mail.partsLeftOut());
		List<String> texts = new ArrayList<>(Arrays.asList(CaseRepository.searchTexts(opened)));
		texts.add(text);
		this.words.addFirst(opened.number(), at, texts.toArray(String[]::new));
		addAttachments(id, mail);
		return id;
	}

	private void addAttachments(long id, ParsedMail mail) {
		// one batch: a hostile mail may have ten thousand parts
		List<ParsedMail.Attachment> attachments = mail.attachments();
		this.batch.batchUpdate("""
				INSERT INTO cases_attachment (message_id, name, content_type, content_id, inline_part, size_bytes,
					content)
				VALUES (:messageId, :name, :contentType, :contentId, :inline, :size, :content)""",
				attachments.stream()
					.map((attachment) -> new MapSqlParameterSource().addValue("messageId", id)
						.addValue("name", Limits.cut(attachment.name(), 1000))
						.addValue("contentType", Limits.cut(attachment.contentType(), 255))
						.addValue("contentId", Limits.cut(attachment.contentId(), 1000))
						.addValue("inline", attachment.inline())
						.addValue("size", attachment.size())
						.addValue("content", attachment.content()))
					.toArray(SqlParameterSource[]::new));
	}

	long addOutgoing(long number, OutgoingMessage message) {
		return insert(number, Direction.OUT, message.kind(), message.messageId(), null, message.from(), message.to(),
				message.cc(), message.subject(), message.at(), message.text(), null, message.author(), null, List.of(),
				false, 0);
	}

	long addNote(long number, String author, String text, OffsetDateTime at) {
		return insert(number, Direction.NOTE, MessageKind.NOTE, null, null, author, List.of(), List.of(), "", at, text,
				null, author, null, List.of(), false, 0);
	}

	private long insert(long number, Direction direction, MessageKind kind, String messageId, Long intakeId,
			String from, List<String> to, List<String> cc, String subject, OffsetDateTime at, String text,
			String fullText, String author, String html, List<String> redactions, boolean textCut, int partsLeftOut) {
		long id = insertRow(number, direction, kind, messageId, intakeId, from, to, cc, subject, at, text, fullText,
				author, html, redactions, textCut, partsLeftOut);
		touch(number, at, kind, text);
		return id;
	}

	private long insertRow(long number, Direction direction, MessageKind kind, String messageId, Long intakeId,
			String from, List<String> to, List<String> cc, String subject, OffsetDateTime at, String text,
			String fullText, String author, String html, List<String> redactions, boolean textCut, int partsLeftOut) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO cases_message (case_number, direction, kind, message_id, intake_id, from_address,
					to_addresses, cc_addresses, subject, at, text, full_text, redactions, author, html, text_cut,
					parts_left_out)
				VALUES (:number, :direction, :kind, :messageId, :intakeId, :from, :to, :cc, :subject, :at, :text,
					:fullText, :redactions, :author, :html, :textCut, :partsLeftOut)""")
			.param("number", number)
			.param("direction", direction.name())
			.param("kind", kind.name())
			.param("messageId", Limits.cut(messageId, 1000))
			.param("intakeId", intakeId)
			.param("from", Limits.cut(from, 1000))
			.param("to", to.toArray(String[]::new))
			.param("cc", cc.toArray(String[]::new))
			.param("subject", Limits.cut(subject, 1000))
			.param("at", at)
			.param("text", text)
			.param("fullText", fullText)
			.param("redactions", redactions.toArray(String[]::new))
			.param("author", author)
			.param("html", html)
			.param("textCut", textCut)
			.param("partsLeftOut", partsLeftOut)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** A message was added: the case's last message time, and the message's words. */
	private void touch(long number, OffsetDateTime at, MessageKind kind, String text) {
		this.jdbc.sql("""
				UPDATE cases_case SET last_message_at = :at
				WHERE number = :number AND (last_message_at IS NULL OR last_message_at < :at)""")
			.param("number", number)
			.param("at", at)
			.update();
		if (kind.searchable()) {
			this.words.add(number, text);
		}
	}

	/** The case a Message-ID we sent or stored belongs to (before following merges). */
	Optional<Long> caseOfMessageId(String messageId) {
		return this.jdbc.sql("SELECT case_number FROM cases_message WHERE message_id = :id ORDER BY id LIMIT 1")
			.param("id", Limits.cut(messageId, 1000))
			.query(Long.class)
			.optional();
	}

	/**
	 * The thread a mail to the contacts answers: the case's last mail of the conversation
	 * (mails in and out; no notes, notices or bounces), and up to 20 before it.
	 */
	InReplyTo thread(long number) {
		List<String> conversation = this.jdbc.sql("""
				SELECT message_id FROM cases_message
				WHERE case_number = :number AND message_id IS NOT NULL AND kind NOT IN (:outside)
				ORDER BY at, id""")
			.param("number", number)
			.param("outside", MessageKind.outsideConversation().stream().map(MessageKind::name).toList())
			.query(String.class)
			.list();
		String last = conversation.isEmpty() ? null : conversation.get(conversation.size() - 1);
		return new InReplyTo(last, conversation.subList(Math.max(0, conversation.size() - 20), conversation.size()));
	}

	/** The ids of a case's messages, oldest first. */
	List<Long> messageIds(long number) {
		return this.jdbc.sql("SELECT id FROM cases_message WHERE case_number = :number ORDER BY at, id")
			.param("number", number)
			.query(Long.class)
			.list();
	}

	/** The subject of a message of the case. */
	Optional<String> subjectOf(long number, long messageId) {
		return this.jdbc.sql("SELECT subject FROM cases_message WHERE case_number = :number AND id = :id")
			.param("number", number)
			.param("id", messageId)
			.query(String.class)
			.optional();
	}

	/** Every message of one case moves to another (a merge). */
	void moveAll(long from, long to) {
		this.jdbc.sql("UPDATE cases_message SET case_number = :to WHERE case_number = :from")
			.param("from", from)
			.param("to", to)
			.update();
		lastMessageAgain(from, to);
		this.words.refresh(to);
	}

	/** These messages of one case move to another (a split). */
	void move(long from, long to, List<Long> messageIds) {
		this.jdbc.sql("UPDATE cases_message SET case_number = :to WHERE case_number = :from AND id IN (:ids)")
			.param("from", from)
			.param("to", to)
			.param("ids", messageIds)
			.update();
		lastMessageAgain(from, to);
		this.words.refresh(to);
	}

	/** After messages moved: when each case's latest message is now. */
	private void lastMessageAgain(long... numbers) {
		for (long number : numbers) {
			this.jdbc.sql("""
					UPDATE cases_case SET last_message_at =
						(SELECT MAX(m.at) FROM cases_message m WHERE m.case_number = :number)
					WHERE number = :number""").param("number", number).update();
		}
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

	/** The messages of a case, oldest first, with their attachments (two queries). */
	/** The newest message of the case (its id), 0 when it has none. */
	long lastMessageId(long number) {
		Long last = this.jdbc.sql("SELECT MAX(id) FROM cases_message WHERE case_number = :number")
			.param("number", number)
			.query(Long.class)
			.single();
		return (last != null) ? last : 0;
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
			.query((rs, row) -> new CaseDetails.Message(rs.getLong("id"), Direction.valueOf(rs.getString("direction")),
					rs.getString("message_id"), rs.getString("from_address"), strings(rs, "to_addresses"),
					strings(rs, "cc_addresses"), rs.getString("subject"), rs.getObject("at", OffsetDateTime.class),
					rs.getString("text"), rs.getString("full_text"), rs.getString("html"),
					MessageKind.valueOf(rs.getString("kind")), rs.getString("author"), strings(rs, "redactions"),
					attachments.getOrDefault(rs.getLong("id"), List.of()), rs.getObject("intake_id", Long.class),
					rs.getBoolean("text_cut"), rs.getInt("parts_left_out")))
			.list();
	}

	/** The elements of an array column (empty for {@code NULL}). */
	static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
