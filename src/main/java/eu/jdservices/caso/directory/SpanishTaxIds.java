package eu.jdservices.caso.directory;

/**
 * Spanish tax identification numbers (NIF), with their control characters: a DNI (8
 * digits and a letter), a NIE (X, Y or Z, 7 digits and a letter), the NIF of other
 * natural persons (K, L or M, 7 digits and a letter) and the NIF of a legal entity (the
 * former CIF: a letter for the kind of entity, 7 digits and a control digit or letter).
 * Pure. Commons Validator has none of them; the rules are the Ministry of Finance's.
 */
public final class SpanishTaxIds {

	private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	private static final String ENTITY_CONTROL_LETTERS = "JABCDEFGHI";

	private SpanishTaxIds() {
	}

	/** Whether {@code 12345678Z} (no spaces) is a DNI with a correct letter. */
	public static boolean isDni(String value) {
		return value.matches("\\d{8}[A-Za-z]") && letterOf(value.substring(0, 8)) == upper(value.charAt(8));
	}

	/** Whether {@code X1234567L} (no spaces) is a NIE with a correct letter. */
	public static boolean isNie(String value) {
		if (!value.matches("[XYZxyz]\\d{7}[A-Za-z]")) {
			return false;
		}
		String number = "XYZ".indexOf(upper(value.charAt(0))) + value.substring(1, 8);
		return letterOf(number) == upper(value.charAt(8));
	}

	/**
	 * Whether the value is the NIF of a legal entity ({@code B12345674}): the control is
	 * 10 minus the last digit of the sum of the digits at even places and of the digit
	 * sums of the doubled digits at odd places; entities of kinds P, Q, R, S, N and W
	 * write it as a letter ({@code JABCDEFGHI}), kinds A, B, E and H as a digit, the
	 * others either way.
	 */
	public static boolean isEntityNif(String value) {
		String id = value.toUpperCase(java.util.Locale.ROOT);
		if (!id.matches("[ABCDEFGHJNPQRSUVW]\\d{7}[0-9A-J]")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 7; i++) {
			int digit = id.charAt(1 + i) - '0';
			if (i % 2 == 0) {
				int doubled = digit * 2;
				sum += doubled / 10 + doubled % 10;
			}
			else {
				sum += digit;
			}
		}
		int control = (10 - sum % 10) % 10;
		char kind = id.charAt(0);
		char written = id.charAt(8);
		boolean asLetter = written == ENTITY_CONTROL_LETTERS.charAt(control);
		boolean asDigit = written == (char) ('0' + control);
		if ("PQRSNW".indexOf(kind) >= 0) {
			return asLetter;
		}
		if ("ABEH".indexOf(kind) >= 0) {
			return asDigit;
		}
		return asLetter || asDigit;
	}

	/** Whether the value is any Spanish NIF: DNI, NIE, K/L/M or a legal entity's. */
	public static boolean isNif(String value) {
		return isDni(value) || isNie(value) || isOtherPerson(value) || isEntityNif(value);
	}

	/** A NIF of K, L or M: the letter of its 7 digits, as for a DNI. */
	private static boolean isOtherPerson(String value) {
		return value.matches("[KLMklm]\\d{7}[A-Za-z]") && letterOf(value.substring(1, 8)) == upper(value.charAt(8));
	}

	private static char letterOf(String digits) {
		return LETTERS.charAt((int) (Long.parseLong(digits) % 23));
	}

	private static char upper(char letter) {
		return Character.toUpperCase(letter);
	}

}
