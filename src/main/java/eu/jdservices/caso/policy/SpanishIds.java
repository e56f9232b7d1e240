package eu.jdservices.caso.policy;

/**
 * Check letters of Spanish identity numbers: DNI (8 digits and a letter) and NIE (X, Y or
 * Z, 7 digits and a letter). Commons Validator has no Spanish NIF, and the rule is one
 * line: the letter is {@code TRWAGMYFPDXBNJZSQVHLCKE} at the number modulo 23, with X, Y,
 * Z counting as 0, 1, 2 in front of a NIE.
 */
final class SpanishIds {

	private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	private SpanishIds() {
	}

	/** Whether {@code 12345678Z} (no spaces) is a DNI with a correct letter. */
	static boolean isDni(String value) {
		return value.matches("\\d{8}[A-Za-z]") && letterOf(value.substring(0, 8)) == upper(value.charAt(8));
	}

	/** Whether {@code X1234567L} (no spaces) is a NIE with a correct letter. */
	static boolean isNie(String value) {
		if (!value.matches("[XYZxyz]\\d{7}[A-Za-z]")) {
			return false;
		}
		String number = "XYZ".indexOf(upper(value.charAt(0))) + value.substring(1, 8);
		return letterOf(number) == upper(value.charAt(8));
	}

	private static char letterOf(String digits) {
		return LETTERS.charAt((int) (Long.parseLong(digits) % 23));
	}

	private static char upper(char letter) {
		return Character.toUpperCase(letter);
	}

}
