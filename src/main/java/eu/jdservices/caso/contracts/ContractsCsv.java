package eu.jdservices.caso.contracts;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks the contracts CSV of CONTRACT.md line by line: a bad line becomes an
 * error (message key and arguments) and never affects the others. Empty optional columns
 * take the configured defaults. No I/O besides the reader, no Spring.
 */
final class ContractsCsv {

	static final List<String> COLUMNS = List.of("organization_domain", "service", "annual_price", "billing",
			"start_date", "term_months", "auto_renew", "notice_days");

	private ContractsCsv() {
	}

	/** A line that reads well; its domain and service are not looked up yet. */
	record Row(long line, String domain, String service, Money annualPrice, Billing billing, LocalDate startDate,
			int termMonths, boolean autoRenew, int noticeDays) {
	}

	/** A refused line: message key and arguments. */
	record Problem(long line, String key, Object... args) {
	}

	record Parsed(List<Row> rows, List<Problem> problems) {
	}

	/** The defaults of the optional columns, from {@code caso.contracts.*}. */
	record Defaults(Currency currency, int termMonths, boolean autoRenew, int noticeDays) {
	}

	static Parsed parse(Reader reader, Defaults defaults) throws IOException {
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
			List<String> missing = COLUMNS.stream()
				.filter((column) -> !header.contains(column))
				.filter((column) -> List.of("organization_domain", "service", "annual_price", "start_date")
					.contains(column))
				.toList();
			if (!missing.isEmpty()) {
				problems.add(new Problem(1, "contracts.import.missing-columns", String.join(", ", missing),
						String.join(",", COLUMNS)));
				return new Parsed(rows, problems);
			}
			Map<String, Long> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				long line = record.getParser().getCurrentLineNumber();
				try {
					Row row = row(record, defaults, line);
					Long earlier = seen.putIfAbsent(row.domain() + "\n" + row.service().toLowerCase(Locale.ROOT), line);
					if (earlier != null) {
						problems
							.add(new Problem(line, "contracts.import.duplicate", row.service(), row.domain(), earlier));
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
			problems.add(new Problem(0, "contracts.import.unreadable", ex.getMessage()));
		}
		return new Parsed(rows, problems);
	}

	private static Row row(CSVRecord record, Defaults defaults, long line) {
		if (!record.isConsistent()) {
			throw new LineException("contracts.import.column-count", record.size(),
					record.getParser().getHeaderNames().size());
		}
		String domain = value(record, "organization_domain").toLowerCase(Locale.ROOT);
		if (domain.isEmpty()) {
			throw new LineException("contracts.import.domain-missing");
		}
		String service = value(record, "service");
		if (service.isEmpty()) {
			throw new LineException("contracts.import.service-missing");
		}
		Money price = price(value(record, "annual_price"), defaults.currency());
		String billingText = value(record, "billing");
		Billing billing = billingText.isEmpty() ? Billing.ANNUAL : Billing.parse(billingText)
			.orElseThrow(() -> new LineException("contracts.import.billing-invalid", billingText));
		String startText = value(record, "start_date");
		LocalDate start;
		try {
			start = LocalDate.parse(startText);
		}
		catch (DateTimeParseException ex) {
			throw new LineException("contracts.import.start-invalid", startText);
		}
		int term = number(value(record, "term_months"), defaults.termMonths(), 1, 120, "contracts.import.term-invalid");
		int notice = number(value(record, "notice_days"), defaults.noticeDays(), 0, 365,
				"contracts.import.notice-invalid");
		String renew = value(record, "auto_renew").toLowerCase(Locale.ROOT);
		if (!renew.isEmpty() && !renew.equals("true") && !renew.equals("false")) {
			throw new LineException("contracts.import.auto-renew-invalid", renew);
		}
		return new Row(line, domain, service, price, billing, start, term,
				renew.isEmpty() ? defaults.autoRenew() : renew.equals("true"), notice);
	}

	/**
	 * A price excluding VAT: a decimal of at most the currency's minor digits, not
	 * negative.
	 */
	private static Money price(String text, Currency currency) {
		try {
			BigDecimal amount = new BigDecimal(text);
			if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()
					|| amount.precision() - amount.scale() > 12) {
				throw new LineException("contracts.import.price-invalid", text);
			}
			return new Money(amount.setScale(currency.getDefaultFractionDigits()), currency);
		}
		catch (NumberFormatException ex) {
			throw new LineException("contracts.import.price-invalid", text);
		}
	}

	private static int number(String text, int fallback, int min, int max, String key) {
		if (text.isEmpty()) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text);
			if (value < min || value > max) {
				throw new LineException(key, text, min, max);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new LineException(key, text, min, max);
		}
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
