package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.jdservices.caso.intake.Severity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Where {@link Case}s are kept: loads one whole enough for any decision (the case, its
 * contacts and links) and stores what changed (its fields, added and removed contacts,
 * new links, findings and history).
 */
@Repository
class CaseRepository {

	private final JdbcClient jdbc;

	private final CaseWordsIndex words;

	CaseRepository(JdbcClient jdbc, CaseWordsIndex words) {
		this.jdbc = jdbc;
		this.words = words;
	}

	Optional<Case> load(long number) {
		return this.jdbc.sql("""
				SELECT number, subject, organization, requester, requester_name, language, created_at, severity, status,
					team, assignee, merged_into, closed_at
				FROM cases_case WHERE number = :number""")
			.param("number", number)
			.query((rs, row) -> new Case(
					new CaseFacts(rs.getLong("number"), rs.getString("subject"), rs.getString("organization"),
							rs.getString("requester"), rs.getString("requester_name"), rs.getString("language"),
							rs.getObject("created_at", OffsetDateTime.class)),
					Severity.valueOf(rs.getString("severity").strip()), Status.valueOf(rs.getString("status")),
					rs.getString("team"), rs.getString("assignee"), rs.getObject("merged_into", Long.class),
					rs.getObject("closed_at", OffsetDateTime.class), contactsOf(number), linksOf(number)))
			.optional();
	}

	/**
	 * Stores a new case (its number is given now, never reused) with its contacts and
	 * words.
	 */
	Case insert(NewCase newCase) {
		Case created = insertRow(newCase, List.of());
		this.words.addToNew(created.number(), searchTexts(created));
		return created;
	}

	/**
	 * Stores the case a customer's mail opens, with the phones and availability the mail
	 * mentioned (S1.4); its words are written with its first message
	 * ({@link ConversationStore#addOpening}), so the new row is written once more after
	 * the INSERT, not three or four times.
	 */
	Case insertOpened(NewCase newCase, List<String> alternativeContacts) {
		return insertRow(newCase, alternativeContacts);
	}

	private Case insertRow(NewCase newCase, List<String> alternativeContacts) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO cases_case (subject, severity, status, organization, requester, requester_name, language,
					created_at, opening_fingerprint, team, alternative_contacts)
				VALUES (:subject, :severity, 'OPEN', :organization, :requester, :requesterName, :language, :createdAt,
					:fingerprint, :team, :alternatives)""")
			.param("subject", newCase.subject())
			.param("severity", newCase.severity().name())
			.param("organization", newCase.organization())
			.param("requester", newCase.requester())
			.param("requesterName", Limits.cut(newCase.requesterName(), 255))
			.param("language", newCase.language())
			.param("createdAt", newCase.createdAt())
			.param("fingerprint", newCase.fingerprint())
			.param("team", newCase.team())
			.param("alternatives", alternativeContacts.isEmpty() ? null : alternativeContacts.toArray(String[]::new))
			.update(keys, "number");
		long number = keys.getKeyAs(Long.class);
		int position = 0;
		for (String contact : newCase.contacts()) {
			insertContact(number, contact, position++);
		}
		return Case.opened(number, newCase);
	}

	/** What a new case is found by: its number, subject, organisation and contacts. */
	static String[] searchTexts(Case created) {
		List<String> texts = new ArrayList<>(List.of(Long.toString(created.number()), created.facts().subject()));
		texts.add(created.facts().organization());
		texts.add(created.facts().requester());
		texts.add(created.facts().requesterName());
		texts.addAll(created.contacts());
		return texts.toArray(String[]::new);
	}

	/** Stores what changed on the case since it was loaded. */
	void save(Case change) {
		long number = change.number();
		CaseChanges changes = change.changes();
		if (changes.fields()) {
			this.jdbc.sql("""
					UPDATE cases_case SET severity = :severity, status = :status, team = :team, assignee = :assignee,
						merged_into = :mergedInto, closed_at = :closedAt
					WHERE number = :number""")
				.param("number", number)
				.param("severity", change.severity().name())
				.param("status", change.status().name())
				.param("team", change.team())
				.param("assignee", change.assignee())
				.param("mergedInto", change.mergedInto())
				.param("closedAt", change.status().isEnded() ? change.endedAt() : null)
				.update();
		}
		for (String removed : changes.removedContacts()) {
			this.jdbc.sql("DELETE FROM cases_contact WHERE case_number = :number AND email = :email")
				.param("number", number)
				.param("email", removed)
				.update();
		}
		if (!changes.addedContacts().isEmpty()) {
			int position = this.jdbc
				.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM cases_contact WHERE case_number = :number")
				.param("number", number)
				.query(Integer.class)
				.single();
			for (String added : changes.addedContacts()) {
				insertContact(number, added, position++);
			}
			this.words.add(number, changes.addedContacts().toArray(String[]::new));
		}
		for (CaseLink link : changes.links()) {
			this.jdbc.sql("INSERT INTO cases_link (case_number, type, other_number) VALUES (:number, :type, :other)")
				.param("number", number)
				.param("type", link.type().name())
				.param("other", link.other())
				.update();
		}
		for (NewFinding finding : changes.findings()) {
			this.jdbc.sql("""
					INSERT INTO cases_finding (case_number, code, rule, detail, at)
					VALUES (:number, :code, :rule, :detail, :at)""")
				.param("number", number)
				.param("code", finding.code().name())
				.param("rule", finding.rule())
				.param("detail", Limits.cut(finding.detail(), 4000))
				.param("at", finding.at())
				.update();
		}
		for (CaseDetails.Change entry : changes.history()) {
			this.jdbc.sql("""
					INSERT INTO cases_history (case_number, at, actor, event, detail)
					VALUES (:number, :at, :actor, :event, :detail)""")
				.param("number", number)
				.param("at", entry.at())
				.param("actor", Limits.cut(entry.actor(), 320))
				.param("event", entry.event().name())
				.param("detail", Limits.cut(entry.detail(), 4000))
				.update();
		}
	}

	boolean exists(long number) {
		return this.jdbc.sql("SELECT COUNT(*) FROM cases_case WHERE number = :number")
			.param("number", number)
			.query(Long.class)
			.single() > 0;
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
	 * Holds the requester's lock until the transaction ends: mails of one requester open
	 * cases one after the other, so a re-sent copy decided at the same moment as the
	 * original sees its case.
	 */
	void lockRequester(String requester) {
		String key = Limits.cut(requester, 320);
		if (lockedRequester(key)) {
			return;
		}
		// the requester's first mail: a concurrent first mail's row is waited for here
		this.jdbc.sql("INSERT INTO cases_requester_lock (requester) VALUES (:requester) ON CONFLICT DO NOTHING")
			.param("requester", key)
			.update();
		lockedRequester(key);
	}

	private boolean lockedRequester(String key) {
		return !this.jdbc.sql("SELECT requester FROM cases_requester_lock WHERE requester = :requester FOR UPDATE")
			.param("requester", key)
			.query(String.class)
			.list()
			.isEmpty();
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

	/** Marks a contact as failing; false when the address is no contact of the case. */
	boolean markFailing(long number, String email, MessageKind mail, String reason, OffsetDateTime at) {
		return this.jdbc
			.sql("""
					UPDATE cases_contact SET failing = TRUE, failing_reason = :reason, failing_at = :at, failing_mail = :mail
					WHERE case_number = :number AND LOWER(email) = LOWER(:email)""")
			.param("number", number)
			.param("email", email)
			.param("mail", (mail != null) ? mail.name() : null)
			.param("reason", Limits.cut(reason, 2000))
			.param("at", at)
			.update() > 0;
	}

	/** The acknowledgement of a case has left (the first time counts). */
	void acknowledged(long number, OffsetDateTime at) {
		this.jdbc.sql("UPDATE cases_case SET acknowledged_at = :at WHERE number = :number AND acknowledged_at IS NULL")
			.param("number", number)
			.param("at", at)
			.update();
	}

	private void insertContact(long number, String email, int position) {
		this.jdbc.sql("INSERT INTO cases_contact (case_number, email, position) VALUES (:number, :email, :position)")
			.param("number", number)
			.param("email", email)
			.param("position", position)
			.update();
	}

	private List<String> contactsOf(long number) {
		return this.jdbc.sql("SELECT email FROM cases_contact WHERE case_number = :number ORDER BY position")
			.param("number", number)
			.query(String.class)
			.list();
	}

	private Set<CaseLink> linksOf(long number) {
		return new LinkedHashSet<>(this.jdbc
			.sql("SELECT type, other_number FROM cases_link WHERE case_number = :number ORDER BY type, other_number")
			.param("number", number)
			.query((rs, row) -> new CaseLink(LinkType.valueOf(rs.getString("type")), rs.getLong("other_number")))
			.list());
	}

}
