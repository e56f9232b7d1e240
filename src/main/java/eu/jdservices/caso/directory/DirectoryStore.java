package eu.jdservices.caso.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Organisations, domains and contacts in the database.
 */
@Repository
class DirectoryStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	DirectoryStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Contact> contact(String email) {
		return this.jdbc.sql("""
				SELECT c.*, o.name AS organization FROM directory_contact c
				LEFT JOIN directory_organization o ON o.id = c.organization_id WHERE c.email = :email""")
			.param("email", email)
			.query(CONTACT)
			.optional();
	}

	List<Contact> contactsOf(String organization) {
		return this.jdbc.sql("""
				SELECT c.*, o.name AS organization FROM directory_contact c
				JOIN directory_organization o ON o.id = c.organization_id WHERE o.name = :organization
				ORDER BY c.email""").param("organization", organization).query(CONTACT).list();
	}

	List<Organization> organizations() {
		java.util.Map<String, List<String>> domains = new java.util.HashMap<>();
		this.jdbc
			.sql("""
					SELECT o.name, d.domain FROM directory_domain d JOIN directory_organization o ON o.id = d.organization_id
					ORDER BY d.domain""")
			.query((rs, row) -> java.util.Map.entry(rs.getString("name"), rs.getString("domain")))
			.list()
			.forEach((entry) -> domains.computeIfAbsent(entry.getKey(), (name) -> new java.util.ArrayList<>())
				.add(entry.getValue()));
		return this.jdbc.sql("""
				SELECT o.name, (SELECT COUNT(*) FROM directory_contact c WHERE c.organization_id = o.id) AS contacts
				FROM directory_organization o ORDER BY o.name""")
			.query((rs, row) -> new Organization(rs.getString("name"),
					domains.getOrDefault(rs.getString("name"), List.of()), rs.getInt("contacts")))
			.list();
	}

	Optional<String> organizationOfDomain(String domain) {
		return this.jdbc.sql("""
				SELECT o.name FROM directory_domain d JOIN directory_organization o ON o.id = d.organization_id
				WHERE d.domain = :domain""").param("domain", domain).query(String.class).optional();
	}

	long organizationId(String name) {
		Optional<Long> existing = this.jdbc.sql("SELECT id FROM directory_organization WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO directory_organization (name) VALUES (:name)")
			.param("name", name)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void addDomain(long organizationId, String domain) {
		if (organizationOfDomain(domain).isEmpty()) {
			this.jdbc.sql("INSERT INTO directory_domain (domain, organization_id) VALUES (:domain, :organizationId)")
				.param("domain", domain)
				.param("organizationId", organizationId)
				.update();
		}
	}

	/**
	 * @return true when the contact was created, false when updated
	 */
	boolean upsert(Contact contact, Long organizationId, String source) {
		int updated = this.jdbc.sql("""
				UPDATE directory_contact SET name = :name, organization_id = :organizationId, roles = :roles,
					manager_email = :manager, language = :language, phone = :phone, shared_mailbox = :shared,
					source = :source, updated_at = :now
				WHERE email = :email""").paramSource(params(contact, organizationId, source)).update();
		if (updated > 0) {
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO directory_contact (email, name, organization_id, roles, manager_email, language, phone,
					shared_mailbox, source, updated_at)
				VALUES (:email, :name, :organizationId, :roles, :manager, :language, :phone, :shared, :source, :now)""")
			.paramSource(params(contact, organizationId, source))
			.update();
		return true;
	}

	private java.util.Map<String, Object> params(Contact contact, Long organizationId, String source) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("email", contact.email());
		params.put("name", contact.name());
		params.put("organizationId", organizationId);
		params.put("roles", contact.roles().stream().map(Role::code).sorted().collect(Collectors.joining("|")));
		params.put("manager", contact.managerEmail());
		params.put("language", contact.language());
		params.put("phone", contact.phone());
		params.put("shared", contact.sharedMailbox());
		params.put("source", source);
		params.put("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC));
		return params;
	}

	private static final RowMapper<Contact> CONTACT = (rs, row) -> new Contact(rs.getString("email"),
			rs.getString("name"), rs.getString("organization"), roles(rs.getString("roles")),
			rs.getString("manager_email"), rs.getString("language"), rs.getString("phone"),
			rs.getBoolean("shared_mailbox"));

	private static Set<Role> roles(String codes) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (codes != null) {
			Arrays.stream(codes.split("\\|")).map(Role::fromCode).flatMap(Optional::stream).forEach(roles::add);
		}
		return roles;
	}

}
