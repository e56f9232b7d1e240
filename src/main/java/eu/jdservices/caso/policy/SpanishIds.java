package eu.jdservices.caso.policy;

import eu.jdservices.caso.directory.SpanishTaxIds;

/**
 * Check letters of Spanish identity numbers (S1.11): DNI (8 digits and a letter) and NIE
 * (X, Y or Z, 7 digits and a letter), as the directory's {@link SpanishTaxIds} checks
 * them.
 */
final class SpanishIds {

	private SpanishIds() {
	}

	/** Whether {@code 12345678Z} (no spaces) is a DNI with a correct letter. */
	static boolean isDni(String value) {
		return SpanishTaxIds.isDni(value);
	}

	/** Whether {@code X1234567L} (no spaces) is a NIE with a correct letter. */
	static boolean isNie(String value) {
		return SpanishTaxIds.isNie(value);
	}

}
