package eu.jdservices.caso.intake.parsing;

import java.util.ArrayList;
import java.util.List;

import eu.jdservices.caso.intake.ParsedMail.Address;

/**
 * Lenient parser for address list header values (From, To, Cc, Reply-To, Sender). Takes
 * the raw value (encoded words not yet decoded) so that decoded display names cannot
 * break the list syntax.
 */
final class Addresses {

	/**
	 * No address is longer (64 characters before the {@code @}, 255 after): a longer
	 * mailbox is the debris of a broken header, and no column holds it.
	 */
	static final int MAX_ADDRESS = 320;

	private Addresses() {
	}

	static List<Address> parseList(String raw) {
		List<Address> result = new ArrayList<>();
		if (raw == null) {
			return result;
		}
		for (String item : split(raw)) {
			Address address = parseMailbox(item);
			if (address != null) {
				result.add(address);
			}
		}
		return result;
	}

	/**
	 * Splits at top-level commas and semicolons; strips group names
	 * ({@code group: a, b;}).
	 */
	private static List<String> split(String raw) {
		List<String> items = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		int angle = 0;
		int comment = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (quoted) {
				if (c == '\\' && i + 1 < raw.length()) {
					current.append(c);
					c = raw.charAt(++i);
				}
				else if (c == '"') {
					quoted = false;
				}
			}
			else if (comment > 0) {
				if (c == '(') {
					comment++;
				}
				else if (c == ')') {
					comment--;
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == '(') {
				comment++;
			}
			else if (c == '<') {
				angle++;
			}
			else if (c == '>') {
				angle = Math.max(0, angle - 1);
			}
			else if (angle == 0 && (c == ',' || c == ';')) {
				items.add(current.toString());
				current.setLength(0);
				continue;
			}
			else if (angle == 0 && c == ':' && current.indexOf("@") < 0) {
				// group name
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		items.add(current.toString());
		return items;
	}

	private static Address parseMailbox(String item) {
		String text = item.trim();
		if (text.isEmpty()) {
			return null;
		}
		int open = indexOutsideQuotes(text, '<');
		String email;
		String name;
		StringBuilder comments = new StringBuilder();
		if (open >= 0) {
			int close = text.indexOf('>', open);
			email = text.substring(open + 1, (close < 0) ? text.length() : close);
			name = text.substring(0, open) + ((close < 0) ? "" : " " + text.substring(close + 1));
			name = stripComments(name, comments);
		}
		else {
			String bare = stripComments(text, comments).trim();
			int space = lastSpaceOutsideQuotes(bare);
			if (space > 0 && bare.substring(space + 1).contains("@")) {
				email = bare.substring(space + 1);
				name = bare.substring(0, space);
			}
			else {
				email = bare;
				name = "";
			}
		}
		email = cleanEmail(stripComments(email, new StringBuilder()));
		if (email.isEmpty() || email.length() > MAX_ADDRESS) {
			return null;
		}
		name = cleanName(name);
		if (name.isEmpty()) {
			name = cleanName(comments.toString());
		}
		return new Address(email, name);
	}

	private static String cleanEmail(String email) {
		String value = email.replace("<", "").replace(">", "").trim();
		if (value.startsWith("@") && value.indexOf(':') > 0) {
			value = value.substring(value.indexOf(':') + 1).trim();
		}
		if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
				&& value.indexOf('"', 1) == value.length() - 1) {
			value = value.substring(1, value.length() - 1).trim();
		}
		return value;
	}

	private static String cleanName(String name) {
		String value = name.trim();
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				out.append(value.charAt(++i));
			}
			else if (c != '"') {
				out.append(c);
			}
		}
		return EncodedWords.decode(out.toString()).replaceAll("\\s+", " ").trim();
	}

	private static String stripComments(String text, StringBuilder comments) {
		StringBuilder out = new StringBuilder(text.length());
		boolean quoted = false;
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (depth == 0 && c == '"') {
				quoted = !quoted;
			}
			if (!quoted && c == '(') {
				depth++;
				if (depth == 1) {
					continue;
				}
			}
			if (!quoted && c == ')' && depth > 0) {
				depth--;
				if (depth == 0) {
					comments.append(' ');
					continue;
				}
			}
			if (depth > 0) {
				comments.append(c);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int indexOutsideQuotes(String text, char wanted) {
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted && c == '\\') {
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == wanted && !quoted) {
				return i;
			}
		}
		return -1;
	}

	private static int lastSpaceOutsideQuotes(String text) {
		boolean quoted = false;
		int last = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && Character.isWhitespace(c)) {
				last = i;
			}
		}
		return last;
	}

}
