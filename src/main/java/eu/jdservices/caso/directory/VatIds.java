package eu.jdservices.caso.directory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * VAT identification numbers of the EU member states: the country's format (as VIES
 * publishes it) and, where its rule is public, its check digits ({@link VatCheckDigits}).
 * A number is written with or without its prefix; Greece's prefix is {@code EL}, Spain's
 * territories ({@code ES-CN} …) use {@code ES}. Pure.
 */
public final class VatIds {

	private static final Map<String, Pattern> FORMATS = Map.ofEntries(format("AT", "U\\d{8}"),
			format("BE", "[01]\\d{9}"), format("BG", "\\d{9,10}"), format("CY", "\\d{8}[A-Z]"),
			format("CZ", "\\d{8,10}"), format("DE", "\\d{9}"), format("DK", "\\d{8}"), format("EE", "\\d{9}"),
			format("EL", "\\d{9}"), format("ES", "[A-Z0-9]\\d{7}[A-Z0-9]"), format("FI", "\\d{8}"),
			format("FR", "[0-9A-HJ-NP-Z]{2}\\d{9}"), format("HR", "\\d{11}"), format("HU", "\\d{8}"),
			format("IE", "\\d[A-Z0-9+*]\\d{5}[A-W][A-IW]?"), format("IT", "\\d{11}"), format("LT", "\\d{9}|\\d{12}"),
			format("LU", "\\d{8}"), format("LV", "\\d{11}"), format("MT", "\\d{8}"), format("NL", "\\d{9}B\\d{2}"),
			format("PL", "\\d{10}"), format("PT", "\\d{9}"), format("RO", "[1-9]\\d{1,9}"), format("SE", "\\d{10}01"),
			format("SI", "\\d{8}"), format("SK", "\\d{10}"));

	private VatIds() {
	}

	/**
	 * A VAT ID as written in a country.
	 *
	 * @param prefix its VIES prefix ({@code DE}, {@code EL} …)
	 * @param number the number without the prefix
	 */
	public record VatId(String prefix, String number) {

		/** Prefix and number: {@code DE136695976}. */
		public String full() {
			return this.prefix + this.number;
		}

	}

	/** What is wrong with a VAT ID: a message key of the directory import. */
	public enum Problem {

		/** Not the format of the country's VAT numbers. */
		FORMAT,
		/** The format, but the check digits are wrong. */
		CHECK_DIGITS,
		/** The prefix names another country than the organisation's. */
		OTHER_COUNTRY,
		/** No country, and no prefix to tell it. */
		NO_COUNTRY;

		public String messageKey() {
			return "directory.vat-id." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * The outcome of reading a VAT ID: the ID, or the problem.
	 *
	 * @param id the valid ID, or empty
	 * @param problem what is wrong, or {@code null}
	 */
	public record Reading(Optional<VatId> id, Problem problem) {

		static Reading of(VatId id) {
			return new Reading(Optional.of(id), null);
		}

		static Reading of(Problem problem) {
			return new Reading(Optional.empty(), problem);
		}

	}

	/**
	 * The VIES prefix of a country code ({@code GR} → {@code EL}, {@code ES-CN} →
	 * {@code ES}).
	 */
	public static String prefixOf(String country) {
		String code = country.strip().toUpperCase(Locale.ROOT);
		code = code.startsWith("ES-") ? "ES" : code;
		return code.equals("GR") ? "EL" : code;
	}

	/** Whether VAT numbers of this country (its VIES prefix) are known here. */
	public static boolean knows(String prefix) {
		return FORMATS.containsKey(prefix);
	}

	/**
	 * Reads a VAT ID, with or without its prefix, spaces, dots and dashes aside.
	 * @param country the organisation's country, or {@code null} (then the prefix tells)
	 * @param written the VAT ID as written
	 */
	public static Reading read(String country, String written) {
		String compact = written.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
		String expected = (country != null && !country.isBlank()) ? prefixOf(country) : null;
		String prefix = (compact.length() > 2) ? compact.substring(0, 2) : "";
		boolean prefixed = knows(prefix) && FORMATS.get(prefix).matcher(compact.substring(2)).matches();
		if (prefixed && expected != null && !prefix.equals(expected)) {
			return Reading.of(Problem.OTHER_COUNTRY);
		}
		String use = prefixed ? prefix : expected;
		if (use == null) {
			return Reading.of(Problem.NO_COUNTRY);
		}
		String number = prefixed ? compact.substring(2) : compact;
		if (use.equals("BE") && number.matches("\\d{9}")) {
			number = "0" + number;
		}
		Pattern format = FORMATS.get(use);
		if (format == null || !format.matcher(number).matches()) {
			return Reading.of(Problem.FORMAT);
		}
		return VatCheckDigits.valid(use, number) ? Reading.of(new VatId(use, number))
				: Reading.of(Problem.CHECK_DIGITS);
	}

	private static Map.Entry<String, Pattern> format(String prefix, String regex) {
		return Map.entry(prefix, Pattern.compile(regex));
	}

}
