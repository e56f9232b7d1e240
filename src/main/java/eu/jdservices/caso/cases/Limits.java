package eu.jdservices.caso.cases;

/**
 * The lengths of the cases' columns: a value longer than its column is cut there (never
 * refused; the raw mail keeps the whole of it).
 */
final class Limits {

	private Limits() {
	}

	static String cut(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}
