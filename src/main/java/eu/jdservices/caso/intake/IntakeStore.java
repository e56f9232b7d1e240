package eu.jdservices.caso.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The raw message store: exact bytes, envelope and decision of every inbound mail.
 */
@Repository
class IntakeStore {

	private static final int MAX_MESSAGE_ID = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IntakeMetrics metrics;

	IntakeStore(JdbcClient jdbc, Clock clock, IntakeMetrics metrics) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * Inserts a mail, undecided. With {@code dedupe} the Message-ID must not be stored
	 * yet, else the unique key refuses it.
	 */
	long insert(Envelope envelope, byte[] raw, String messageId, boolean dedupe) {
		return insert(envelope, raw, messageId, dedupe, false);
	}

	/**
	 * Inserts a mail, undecided; {@code imported}: old mail from a mailbox, answered by
	 * no automatic mail.
	 */
	long insert(Envelope envelope, byte[] raw, String messageId, boolean dedupe, boolean imported) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO intake_mail (message_id, dedupe_key, received_at, envelope_from, recipients,
					remote_address, helo, size_bytes, raw, reasons, imported)
				VALUES (:messageId, :dedupeKey, :receivedAt, :envelopeFrom, :recipients, :remote, :helo, :size,
					:raw, :reasons, :imported)""")
			.param("imported", imported)
			.param("messageId", truncate(messageId))
			.param("dedupeKey", (dedupe && messageId != null) ? dedupeKey(messageId) : null)
			.param("receivedAt", now())
			.param("envelopeFrom", truncate(envelope.mailFrom()))
			.param("recipients", envelope.recipients().toArray(String[]::new))
			.param("reasons", new String[0])
			.param("remote", envelope.remoteAddress())
			.param("helo", envelope.helo())
			.param("size", raw.length)
			.param("raw", raw)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<Long> caseOfMessageId(String messageId) {
		return this.jdbc.sql("SELECT case_number FROM intake_mail WHERE dedupe_key = :key AND case_number IS NOT NULL")
			.param("key", dedupeKey(messageId))
			.query(Long.class)
			.optional();
	}

	/**
	 * When the mail with this Message-ID was stored, unless an agent released it into
	 * processing again.
	 */
	Optional<OffsetDateTime> storedAt(String messageId) {
		return this.jdbc.sql("SELECT received_at FROM intake_mail WHERE dedupe_key = :key AND released_by IS NULL")
			.param("key", dedupeKey(messageId))
			.query(OffsetDateTime.class)
			.optional();
	}

	/**
	 * Locks an undecided mail for deciding; empty when it is already decided (or
	 * unknown).
	 */
	Optional<InboundMail> lockUndecided(long id) {
		return this.jdbc.sql("SELECT * FROM intake_mail WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(MAIL)
			.optional()
			.filter((mail) -> mail.decision() == null);
	}

	/** Records what became of a mail; every decision recorded is counted here. */
	void decide(long id, String from, Decision decision, List<Reason> reasons, String detail, Long caseNumber) {
		this.jdbc.sql("""
				UPDATE intake_mail SET from_address = :from, decision = :decision, reasons = :reasons,
					detail = :detail, case_number = :caseNumber, decided_at = :decidedAt
				WHERE id = :id""")
			.param("id", id)
			.param("from", truncate(from))
			.param("decision", decision.name())
			.param("reasons", names(reasons))
			.param("detail", (detail != null && detail.length() > 4000) ? detail.substring(0, 4000) : detail)
			.param("caseNumber", caseNumber)
			.param("decidedAt", now())
			.update();
		this.metrics.decided(decision, reasons);
	}

	Optional<Integer> failedAttempt(long id, String failure) {
		int updated = this.jdbc.sql("""
				UPDATE intake_mail SET attempts = attempts + 1, failure = :failure
				WHERE id = :id AND decision IS NULL""")
			.param("id", id)
			.param("failure", (failure != null && failure.length() > 20_000) ? failure.substring(0, 20_000) : failure)
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT attempts FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional();
	}

	List<InboundRecord> findByMessageId(String messageId) {
		return this.jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM intake_mail WHERE message_id = :messageId ORDER BY id")
			.param("messageId", truncate(messageId))
			.query(RECORD)
			.list();
	}

	Optional<InboundRecord> record(long id) {
		return this.jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query(RECORD)
			.optional();
	}

	private static final String RECORD_COLUMNS = """
			id, message_id, received_at, COALESCE(from_address, envelope_from) AS sender, recipients, decision, reasons,
			case_number, detail""";

	private static final RowMapper<InboundRecord> RECORD = (rs, row) -> new InboundRecord(rs.getString("message_id"),
			rs.getObject("received_at", OffsetDateTime.class), rs.getString("sender"), strings(rs, "recipients"),
			decision(rs.getString("decision")), reasons(rs), rs.getObject("case_number", Long.class), rs.getLong("id"),
			rs.getString("detail"));

	List<HeldMail> held(Decision decision, int offset, int limit) {
		return this.jdbc
			.sql("SELECT " + HELD_COLUMNS
					+ " FROM intake_mail WHERE decision = :decision ORDER BY received_at DESC, id DESC"
					+ " LIMIT :limit OFFSET :offset")
			.param("decision", decision.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(HELD)
			.list();
	}

	long countHeld(Decision decision) {
		return this.jdbc.sql("SELECT COUNT(*) FROM intake_mail WHERE decision = :decision")
			.param("decision", decision.name())
			.query(Long.class)
			.single();
	}

	Optional<HeldMail> heldMail(long id) {
		return this.jdbc.sql("SELECT " + HELD_COLUMNS + " FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query(HELD)
			.optional();
	}

	Optional<byte[]> raw(long id) {
		return this.jdbc.sql("SELECT raw FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes("raw"))
			.optional();
	}

	/** Marks a held mail as discarded by an agent; false when it is not held. */
	boolean discard(long id, String agent, Reason reason, String detail) {
		return this.jdbc.sql("""
				UPDATE intake_mail SET decision = :ignored, reasons = :reasons, detail = :detail,
					discarded_by = :agent, decided_at = :decidedAt
				WHERE id = :id AND decision IN ('QUARANTINED', 'REJECTED')""")
			.param("id", id)
			.param("ignored", Decision.IGNORED.name())
			.param("reasons", names(List.of(reason)))
			.param("detail", detail)
			.param("agent", agent)
			.param("decidedAt", now())
			.update() == 1;
	}

	/**
	 * The stored mails still undecided that were received before the time, oldest first:
	 * their processing was interrupted (or is still waiting in a queue).
	 */
	List<Long> undecidedBefore(OffsetDateTime before, int limit) {
		return this.jdbc
			.sql("SELECT id FROM intake_mail WHERE decision IS NULL AND received_at < :before ORDER BY received_at, id"
					+ " LIMIT :limit")
			.param("before", before)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Clears the decision of a held mail so it is decided again; false when it is not
	 * held.
	 */
	boolean release(long id, String agent) {
		return this.jdbc.sql("""
				UPDATE intake_mail SET decision = NULL, reasons = :reasons, detail = NULL, decided_at = NULL,
					released_by = :agent
				WHERE id = :id AND decision IN ('QUARANTINED', 'REJECTED')""")
			.param("id", id)
			.param("agent", agent)
			.param("reasons", new String[0])
			.update() == 1;
	}

	void recordSenderVerdict(long id, SenderVerdict verdict) {
		this.jdbc.sql("""
				UPDATE intake_mail SET sender_verdict = :status, sender_verdict_source = :source,
					sender_verdict_detail = :detail WHERE id = :id""")
			.param("id", id)
			.param("status", verdict.status().name())
			.param("source", verdict.source().name())
			.param("detail", verdict.detail())
			.update();
	}

	Optional<SenderVerdict> senderVerdict(long id) {
		return this.jdbc.sql("""
				SELECT sender_verdict, sender_verdict_source, sender_verdict_detail FROM intake_mail
				WHERE id = :id AND sender_verdict IS NOT NULL""")
			.param("id", id)
			.query((rs, row) -> verdict(rs))
			.optional();
	}

	/** The recorded verdicts of the stored mails with these Message-IDs. */
	Map<String, SenderVerdict> senderVerdicts(Collection<String> messageIds) {
		Map<String, String> byKey = new HashMap<>();
		messageIds.stream()
			.filter((id) -> id != null && !id.isBlank())
			.forEach((id) -> byKey.put(dedupeKey(HeaderSection.stripBrackets(id)), id));
		if (byKey.isEmpty()) {
			return Map.of();
		}
		Map<String, SenderVerdict> verdicts = new HashMap<>();
		this.jdbc.sql("""
				SELECT dedupe_key, sender_verdict, sender_verdict_source, sender_verdict_detail FROM intake_mail
				WHERE dedupe_key IN (:keys) AND sender_verdict IS NOT NULL""")
			.param("keys", List.copyOf(byKey.keySet()))
			.query((rs, row) -> verdicts.put(byKey.get(rs.getString("dedupe_key")), verdict(rs)))
			.list();
		return verdicts;
	}

	private static SenderVerdict verdict(ResultSet rs) throws SQLException {
		return new SenderVerdict(SenderVerdict.Status.valueOf(rs.getString("sender_verdict")),
				SenderVerdict.Source.valueOf(rs.getString("sender_verdict_source")),
				rs.getString("sender_verdict_detail"));
	}

	/** The SMTP envelope a mail came with. */
	Envelope envelope(long id) {
		return this.jdbc.sql("SELECT envelope_from, recipients, remote_address, helo FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Envelope(Objects.toString(rs.getString("envelope_from"), ""),
					strings(rs, "recipients"), rs.getString("remote_address"), rs.getString("helo")))
			.single();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static final RowMapper<InboundMail> MAIL = (rs, row) -> new InboundMail(rs.getLong("id"),
			rs.getString("message_id"), rs.getObject("received_at", OffsetDateTime.class),
			rs.getString("envelope_from"), strings(rs, "recipients"), rs.getBytes("raw"),
			decision(rs.getString("decision")), reasons(rs), rs.getObject("case_number", Long.class),
			rs.getString("released_by"), rs.getBoolean("imported"));

	private static final RowMapper<HeldMail> HELD = (rs, row) -> new HeldMail(rs.getLong("id"),
			rs.getObject("received_at", OffsetDateTime.class), rs.getString("sender"), strings(rs, "recipients"),
			decision(rs.getString("decision")), reasons(rs), rs.getString("detail"), rs.getLong("size_bytes"), null,
			rs.getString("envelope_from"), rs.getString("failure"), rs.getInt("attempts"));

	private static final String HELD_COLUMNS = """
			id, received_at, COALESCE(from_address, envelope_from) AS sender, recipients, decision, reasons, detail,
			size_bytes, envelope_from, failure, attempts""";

	private static Decision decision(String value) {
		return (value != null) ? Decision.valueOf(value) : null;
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array == null) ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	private static List<Reason> reasons(ResultSet rs) throws SQLException {
		return strings(rs, "reasons").stream().map(Reason::valueOf).toList();
	}

	private static String[] names(List<Reason> reasons) {
		return reasons.stream().map(Reason::name).toArray(String[]::new);
	}

	private static String truncate(String value) {
		return (value != null && value.length() > MAX_MESSAGE_ID) ? value.substring(0, MAX_MESSAGE_ID) : value;
	}

	static String dedupeKey(String messageId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The SMTP envelope of a mail.
	 *
	 * @param mailFrom MAIL FROM, empty for the null return path
	 * @param recipients accepted RCPT TO addresses
	 * @param remoteAddress the client's address
	 * @param helo the client's HELO/EHLO name
	 */
	record Envelope(String mailFrom, List<String> recipients, String remoteAddress, String helo) {
	}

}
