package eu.jdservices.caso.directory;

import java.math.BigInteger;

/**
 * The check digits of the VAT numbers whose algorithm the member states publish, one
 * method per rule; each takes the number without its country prefix, already in the
 * country's format. Pure.
 */
final class VatCheckDigits {

	private VatCheckDigits() {
	}

	/** Whether the number's check digits are right; true for a country without a rule. */
	static boolean valid(String prefix, String number) {
		return switch (prefix) {
			case "AT" -> austria(number);
			case "BE" -> Long.parseLong(number.substring(0, 8)) % 97 == 97 - Integer.parseInt(number.substring(8));
			case "DE", "HR" -> iso7064Mod11Mod10(number);
			case "DK" -> weighted(number, new int[] { 2, 7, 6, 5, 4, 3, 2, 1 }) % 11 == 0;
			case "EL" -> greece(number);
			case "ES" -> SpanishTaxIds.isNif(number);
			case "FI" -> finland(number);
			case "FR" -> france(number);
			case "IT" -> luhn(number);
			case "LU" -> Long.parseLong(number.substring(0, 6)) % 89 == Integer.parseInt(number.substring(6));
			case "NL" -> netherlands(number);
			case "PL" -> poland(number);
			case "PT" -> mod11Complement(number, 9) == digit(number, 8);
			case "SE" -> luhn(number.substring(0, 10));
			case "SI" -> slovenia(number);
			default -> true;
		};
	}

	/** Austria: U and 8 digits; the 8th from the first 7, doubled digits summed. */
	private static boolean austria(String number) {
		int sum = 0;
		for (int i = 0; i < 7; i++) {
			int value = digit(number, 1 + i) * ((i % 2 == 0) ? 1 : 2);
			sum += value / 10 + value % 10;
		}
		return (10 - (sum + 4) % 10) % 10 == digit(number, 8);
	}

	/** ISO 7064 MOD 11,10 (Germany, Croatia): the last digit from all before it. */
	private static boolean iso7064Mod11Mod10(String number) {
		int product = 10;
		for (int i = 0; i < number.length() - 1; i++) {
			int sum = (digit(number, i) + product) % 10;
			product = (2 * ((sum == 0) ? 10 : sum)) % 11;
		}
		int check = 11 - product;
		return ((check == 10) ? 0 : check) == digit(number, number.length() - 1);
	}

	/** Greece: the first 8 digits weighted by powers of two, modulo 11, modulo 10. */
	private static boolean greece(String number) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += digit(number, i) << (8 - i);
		}
		return sum % 11 % 10 == digit(number, 8);
	}

	private static boolean finland(String number) {
		int remainder = weighted(number, new int[] { 7, 9, 10, 5, 8, 4, 2 }) % 11;
		return remainder != 1 && ((remainder == 0) ? 0 : 11 - remainder) == digit(number, 7);
	}

	/**
	 * France: a numeric key is (12 + 3 × (SIREN mod 97)) mod 97; a key with letters (new
	 * numbers) has no published rule.
	 */
	private static boolean france(String number) {
		String key = number.substring(0, 2);
		if (!key.chars().allMatch(Character::isDigit)) {
			return true;
		}
		long siren = Long.parseLong(number.substring(2));
		return (12 + 3 * (siren % 97)) % 97 == Integer.parseInt(key);
	}

	/**
	 * The Netherlands: the number before B by the old 11-test (weights 9 to 2), or the
	 * whole, prefix included, by ISO 7064 MOD 97-10 (numbers of sole traders since 2020).
	 */
	private static boolean netherlands(String number) {
		int sum = weighted(number, new int[] { 9, 8, 7, 6, 5, 4, 3, 2 });
		if (sum % 11 == digit(number, 8) && sum % 11 != 10) {
			return true;
		}
		StringBuilder digits = new StringBuilder();
		for (char c : ("NL" + number).toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}

	private static boolean poland(String number) {
		int check = weighted(number, new int[] { 6, 5, 7, 2, 3, 4, 5, 6, 7 }) % 11;
		return check != 10 && check == digit(number, 9);
	}

	private static boolean slovenia(String number) {
		int check = 11 - weighted(number, new int[] { 8, 7, 6, 5, 4, 3, 2 }) % 11;
		return check != 11 && ((check == 10) ? 0 : check) == digit(number, 7);
	}

	/** 11 minus the sum weighted from {@code length} down to 2, 0 for 10 and 11. */
	private static int mod11Complement(String number, int length) {
		int sum = 0;
		for (int i = 0; i < length - 1; i++) {
			sum += digit(number, i) * (length - i);
		}
		int check = 11 - sum % 11;
		return (check >= 10) ? 0 : check;
	}

	/** Luhn's sum over all digits (Italy, Sweden). */
	private static boolean luhn(String number) {
		int sum = 0;
		for (int i = 0; i < number.length(); i++) {
			int value = digit(number, number.length() - 1 - i);
			if (i % 2 == 1) {
				value *= 2;
				value = (value > 9) ? value - 9 : value;
			}
			sum += value;
		}
		return sum % 10 == 0;
	}

	private static int weighted(String number, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += digit(number, i) * weights[i];
		}
		return sum;
	}

	private static int digit(String number, int index) {
		return number.charAt(index) - '0';
	}

}
