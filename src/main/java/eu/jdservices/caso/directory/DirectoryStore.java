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
	 * Sets an organisation's country and/or VAT ID (a {@code null} leaves one as it is);
	 * a VAT ID that changes forgets what VIES said of the former one.
	 * @return whether the VAT ID changed
	 */
	boolean setTax(long organizationId, String country, String vatId, VatIdStatus status) {
		if (country != null) {
			this.jdbc.sql("UPDATE directory_organization SET country = :country WHERE id = :id")
				.param("country", country)
				.param("id", organizationId)
				.update();
		}
		if (vatId == null) {
			return false;
		}
		return this.jdbc.sql("""
				UPDATE directory_organization SET vat_id = :vatId, vat_status = :status, vat_checked_at = NULL,
					vat_consultation = NULL, vat_detail = NULL
				WHERE id = :id AND (vat_id IS NULL OR vat_id <> :vatId)""")
			.param("vatId", vatId)
			.param("status", status.name())
			.param("id", organizationId)
			.update() > 0;
	}

	Optional<TaxProfile> taxProfile(String organization) {
		return this.jdbc.sql("""
				SELECT name, country, vat_id, vat_status, vat_checked_at, vat_consultation, vat_detail
				FROM directory_organization WHERE name = :name""")
			.param("name", organization)
			.query((rs, row) -> new TaxProfile(rs.getString("name"), rs.getString("country"), rs.getString("vat_id"),
					(rs.getString("vat_status") != null) ? VatIdStatus.valueOf(rs.getString("vat_status"))
							: VatIdStatus.NONE,
					rs.getObject("vat_checked_at", OffsetDateTime.class), rs.getString("vat_consultation"),
					rs.getString("vat_detail")))
			.optional();
	}

	/** Keeps what VIES said about the organisation's VAT ID. */
	void recordVies(String organization, ViesCheck check) {
		this.jdbc.sql("""
				UPDATE directory_organization SET vat_status = :status, vat_checked_at = :at,
					vat_consultation = :consultation, vat_detail = :detail
				WHERE name = :name""")
			.param("status", check.status().name())
			.param("at", check.at())
			.param("consultation", check.consultation())
			.param("detail",
					(check.detail() != null && check.detail().length() > 500) ? check.detail().substring(0, 500)
							: check.detail())
			.param("name", organization)
			.update();
	}

	/**
	 * @return true when the contact was created, false when updated
	 */
	boolean upsert(Contact contact, Long organizationId, String source) {
		int updated = this.jdbc.sql("""
				UPDATE directory_contact SET name = :name, organization_id = :organizationId, roles = :roles,
					manager_email = :manager, language = :language, phone = :phone, shared_mailbox = :shared,
					accepts_english = :english, source = :source, updated_at = :now
				WHERE email = :email""").paramSource(params(contact, organizationId, source)).update();
		if (updated > 0) {
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO directory_contact (email, name, organization_id, roles, manager_email, language, phone,
					shared_mailbox, accepts_english, source, updated_at)
				VALUES (:email, :name, :organizationId, :roles, :manager, :language, :phone, :shared, :english, :source,
					:now)""").paramSource(params(contact, organizationId, source)).update();
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
		params.put("english", contact.acceptsEnglish());
		params.put("source", source);
		params.put("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC));
		return params;
	}

	private static final RowMapper<Contact> CONTACT = (rs, row) -> new Contact(rs.getString("email"),
			rs.getString("name"), rs.getString("organization"), roles(rs.getString("roles")),
			rs.getString("manager_email"), rs.getString("language"), rs.getString("phone"),
			rs.getBoolean("shared_mailbox"), rs.getBoolean("accepts_english"));

	private static Set<Role> roles(String codes) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (codes != null) {
			Arrays.stream(codes.split("\\|")).map(Role::fromCode).flatMap(Optional::stream).forEach(roles::add);
		}
		return roles;
	}

}
