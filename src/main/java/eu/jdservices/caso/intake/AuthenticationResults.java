package eu.jdservices.caso.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code Authentication-Results} header field (RFC 8601): the authserv-id of the
 * server that wrote it and the result of each method ({@code dmarc}, {@code spf},
 * {@code dkim}…) with its properties ({@code header.from}, {@code smtp.mailfrom},
 * {@code header.d}…). Comments are dropped; a field that cannot be read yields nothing.
 *
 * @param authservId who wrote it, lower-case
 * @param results the results, in order
 */
record AuthenticationResults(String authservId, List<Result> results) {

	/**
	 * @param method the method, lower-case, without its version
	 * @param result the result, lower-case ({@code pass}, {@code fail}, {@code none}…)
	 * @param properties {@code ptype.property} (lower-case) to value
	 */
	record Result(String method, String result, Map<String, String> properties) {

		String property(String name) {
			return this.properties.get(name);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(this.method).append('=').append(this.result);
			this.properties.forEach((name, value) -> text.append(' ').append(name).append('=').append(value));
			return text.toString();
		}

	}

	static Optional<AuthenticationResults> parse(String field) {
		if (field == null) {
			return Optional.empty();
		}
		List<String> parts = split(withoutComments(field), ';');
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		List<String> head = tokens(parts.get(0));
		if (head.isEmpty()) {
			return Optional.empty();
		}
		String authservId = unquoted(head.get(0)).toLowerCase(Locale.ROOT);
		List<Result> results = new ArrayList<>();
		for (String part : parts.subList(1, parts.size())) {
			List<String> tokens = tokens(part.replaceAll("\\s*=\\s*", "="));
			if (tokens.isEmpty() || tokens.get(0).equalsIgnoreCase("none")) {
				continue;
			}
			String[] methodResult = tokens.get(0).split("=", 2);
			if (methodResult.length != 2) {
				continue;
			}
			String method = methodResult[0].replaceAll("/.*", "").toLowerCase(Locale.ROOT);
			Map<String, String> properties = new LinkedHashMap<>();
			for (String token : tokens.subList(1, tokens.size())) {
				String[] property = token.split("=", 2);
				if (property.length == 2 && property[0].contains(".")) {
					properties.put(property[0].toLowerCase(Locale.ROOT), unquoted(property[1]));
				}
			}
			results.add(new Result(method, methodResult[1].toLowerCase(Locale.ROOT), properties));
		}
		return Optional.of(new AuthenticationResults(authservId, List.copyOf(results)));
	}

	/** The results of one method, in order. */
	List<Result> of(String method) {
		return this.results.stream().filter((result) -> result.method().equals(method)).toList();
	}

	private static String withoutComments(String field) {
		StringBuilder text = new StringBuilder(field.length());
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '\\' && i + 1 < field.length()) {
				if (depth == 0) {
					text.append(c).append(field.charAt(i + 1));
				}
				i++;
			}
			else if (c == '"' && depth == 0) {
				quoted = !quoted;
				text.append(c);
			}
			else if (c == '(' && !quoted) {
				depth++;
			}
			else if (c == ')' && !quoted && depth > 0) {
				depth--;
				text.append(' ');
			}
			else if (depth == 0) {
				text.append(c);
			}
		}
		return text.toString().replaceAll("[\\r\\n\\t]", " ");
	}

	private static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(part.toString().strip());
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		parts.add(part.toString().strip());
		return parts;
	}

	private static List<String> tokens(String text) {
		return split(text.strip().replaceAll("\\s+", " "), ' ').stream().filter((token) -> !token.isEmpty()).toList();
	}

	private static String unquoted(String value) {
		String stripped = value.strip();
		if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
			return stripped.substring(1, stripped.length() - 1);
		}
		return stripped;
	}

}
