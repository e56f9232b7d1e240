package eu.jdservices.caso.directory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * Reads and validates the directory CSV of CONTRACT.md, line by line. A bad line becomes
 * an error and never affects the others. No I/O besides the reader, no Spring.
 */
final class DirectoryCsv {

	static final List<String> COLUMNS = List.of("organization", "domain", "email", "name", "role", "manager_email",
			"language", "phone", "shared_mailbox");

	/**
	 * Optional trailing columns: the organisation's country and VAT ID, whether the
	 * contact works in English (S2.3).
	 */
	static final List<String> OPTIONAL_COLUMNS = List.of("country", "vat_id", "accepts_english");

	/** The ISO 3166-2 codes of Spain's territories outside the Spanish VAT area. */
	static final Set<String> SPANISH_TERRITORIES = Set.of("ES-CN", "ES-CE", "ES-ML");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final EmailValidator EMAILS = EmailValidator.getInstance(false, true);

	private static final DomainValidator DOMAINS = DomainValidator.getInstance(true);

	private DirectoryCsv() {
	}

	/**
	 * A valid line.
	 *
	 * @param country the organisation's country code as given, or {@code null}
	 * @param vatId the organisation's VAT ID with its prefix (an EU one checked), or
	 * {@code null}
	 */
	record Row(long line, String organization, Set<String> domains, Contact contact, String country, String vatId) {
	}

	/**
	 * A refused line: message key and arguments.
	 */
	record Problem(long line, String key, Object... args) {
	}

	/**
	 * The rows and problems of a file; a file without the expected header is one problem
	 * on line 1.
	 */
	record Parsed(List<Row> rows, List<Problem> problems) {
	}

	static Parsed parse(Reader reader) throws IOException {
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.setIgnoreHeaderCase(true)
			.get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames()
				.stream()
				.map((name) -> name.toLowerCase(Locale.ROOT))
				.toList();
			List<String> missing = COLUMNS.stream().filter((column) -> !header.contains(column)).toList();
			if (!missing.isEmpty()) {
				problems.add(new Problem(1, "directory.import.missing-columns", String.join(", ", missing),
						String.join(",", COLUMNS)));
				return new Parsed(rows, problems);
			}
			Map<String, Long> seen = new LinkedHashMap<>();
			for (CSVRecord record : parser) {
				long line = record.getParser().getCurrentLineNumber();
				try {
					Row row = row(record, line);
					Long earlier = seen.putIfAbsent(row.contact().email(), line);
					if (earlier != null) {
						problems
							.add(new Problem(line, "directory.import.duplicate-email", row.contact().email(), earlier));
					}
					else {
						rows.add(row);
					}
				}
				catch (LineException ex) {
					problems.add(new Problem(line, ex.key, ex.args));
				}
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			problems.add(new Problem(0, "directory.import.unreadable", ex.getMessage()));
		}
		return new Parsed(rows, problems);
	}

	private static Row row(CSVRecord record, long line) {
		if (!record.isConsistent()) {
			throw new LineException("directory.import.column-count", record.size(),
					record.getParser().getHeaderNames().size());
		}
		return row((column) -> value(record, column), line);
	}

	/**
	 * Validates one contact given as the columns of a line (trimmed, empty when absent):
	 * the rules of the import apply to every other way of changing a contact too.
	 * @return the valid row, or the problem
	 */
	static Parsed check(Function<String, String> values, long line) {
		try {
			return new Parsed(List.of(row(values, line)), List.of());
		}
		catch (LineException ex) {
			return new Parsed(List.of(), List.of(new Problem(line, ex.key, ex.args)));
		}
	}

	private static Row row(Function<String, String> record, long line) {
		String organization = value(record, "organization");
		if (organization.isEmpty()) {
			throw new LineException("directory.import.organization-missing");
		}
		Set<String> domains = new LinkedHashSet<>();
		for (String domain : value(record, "domain").split("\\|")) {
			String normalized = domain.trim().toLowerCase(Locale.ROOT);
			if (normalized.isEmpty()) {
				continue;
			}
			if (!DOMAINS.isValid(normalized)) {
				throw new LineException("directory.import.domain-invalid", normalized);
			}
			domains.add(normalized);
		}
		String email = value(record, "email").toLowerCase(Locale.ROOT);
		if (!EMAILS.isValid(email)) {
			throw new LineException("directory.import.email-invalid", email);
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		String roleText = value(record, "role");
		for (String code : (roleText.isEmpty() ? "member" : roleText).split("\\|")) {
			roles.add(Role.fromCode(code).orElseThrow(() -> new LineException("directory.import.role-invalid", code)));
		}
		String manager = value(record, "manager_email").toLowerCase(Locale.ROOT);
		if (!manager.isEmpty() && !EMAILS.isValid(manager)) {
			throw new LineException("directory.import.manager-invalid", manager);
		}
		if (manager.equals(email)) {
			throw new LineException("directory.import.own-manager", email);
		}
		String language = value(record, "language").toLowerCase(Locale.ROOT);
		if (!language.isEmpty() && !language.equals("es") && !language.equals("en")) {
			throw new LineException("directory.import.language-invalid", language);
		}
		String shared = value(record, "shared_mailbox").toLowerCase(Locale.ROOT);
		if (!shared.isEmpty() && !shared.equals("true") && !shared.equals("false")) {
			throw new LineException("directory.import.shared-invalid", shared);
		}
		String english = value(record, "accepts_english").toLowerCase(Locale.ROOT);
		if (!english.isEmpty() && !english.equals("true") && !english.equals("false")) {
			throw new LineException("directory.import.english-invalid", english);
		}
		String country = value(record, "country").toUpperCase(Locale.ROOT);
		if (!country.isEmpty() && !COUNTRIES.contains(country) && !SPANISH_TERRITORIES.contains(country)) {
			throw new LineException("directory.import.country-invalid", country);
		}
		String vatId = vatId(country, value(record, "vat_id"));
		if (country.isEmpty() && vatId != null) {
			country = vatId.startsWith("EL") ? "GR" : vatId.substring(0, 2);
		}
		String name = value(record, "name");
		String phone = value(record, "phone");
		Contact contact = new Contact(email, name.isEmpty() ? null : name, organization, roles,
				manager.isEmpty() ? null : manager, language.isEmpty() ? null : language,
				phone.isEmpty() ? null : phone, shared.equals("true"), english.equals("true"));
		return new Row(line, organization, domains, contact, country.isEmpty() ? null : country, vatId);
	}

	/**
	 * An EU VAT ID in its country's format with right check digits, with its prefix; one
	 * of a country outside the EU as written (nothing to check it against).
	 */
	private static String vatId(String country, String written) {
		if (written.isEmpty()) {
			return null;
		}
		if (!country.isEmpty() && !VatIds.knows(VatIds.prefixOf(country))) {
			return written.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		}
		VatIds.Reading reading = VatIds.read(country.isEmpty() ? null : country, written);
		if (reading.problem() != null) {
			throw new LineException(reading.problem().messageKey(), written, country);
		}
		return reading.id().get().full();
	}

	private static String value(Function<String, String> record, String column) {
		String value = record.apply(column);
		return (value != null) ? value.trim() : "";
	}

	private static String value(CSVRecord record, String column) {
		String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
		return (value != null) ? value.trim() : "";
	}

	private static final class LineException extends RuntimeException {

		private final String key;

		private final Object[] args;

		LineException(String key, Object... args) {
			super(key, null, false, false);
			this.key = key;
			this.args = args;
		}

	}

}
