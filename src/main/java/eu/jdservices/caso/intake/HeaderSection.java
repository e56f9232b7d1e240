package eu.jdservices.caso.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Cheap look into the header section of raw mail bytes, for what the SMTP listener needs
 * before parsing.
 */
final class HeaderSection {

	private static final int MAX_SCAN = 256 * 1024;

	private HeaderSection() {
	}

	/** The Message-ID of the mail (without brackets), if it has one. */
	static Optional<String> messageId(byte[] raw) {
		String headers = headerText(raw);
		String value = null;
		for (String line : headers.split("\r?\n(?![ \t])")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("message-id")) {
				value = line.substring(colon + 1).replaceAll("\\s+", " ").trim();
				break;
			}
		}
		return Optional.ofNullable(value).map(HeaderSection::stripBrackets).filter((id) -> !id.isEmpty());
	}

	static String stripBrackets(String id) {
		String trimmed = id.trim();
		int open = trimmed.indexOf('<');
		int close = trimmed.indexOf('>', open + 1);
		if (open >= 0 && close > open) {
			trimmed = trimmed.substring(open + 1, close);
		}
		return trimmed.trim();
	}

	private static String headerText(byte[] raw) {
		int limit = Math.min(raw.length, MAX_SCAN);
		int end = limit;
		for (int i = 0; i + 1 < limit; i++) {
			if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < limit && raw[i + 2] == '\n'))) {
				end = i;
				break;
			}
		}
		return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
	}

}
