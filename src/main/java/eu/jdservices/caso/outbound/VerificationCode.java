package eu.jdservices.caso.outbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The verification code of one mail we send (S2.5): 16 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, U), about 78 random bits, written in groups of four
 * ({@code K7QF-2M9X-C4TR-8WPA}) so it can be read aloud. Only its SHA-256 is stored: the
 * code itself has far more entropy than a guess can cover, so no salt or slow hash is
 * needed, and a look-up by hash tells nothing about codes that share a prefix.
 */
final class VerificationCode {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCode() {
	}

	/** A fresh code, grouped by four. */
	static String generate() {
		StringBuilder code = new StringBuilder(LENGTH + 3);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * What a person typed, as the code it stands for: capitals, without spaces or dashes.
	 * Anything else is returned as it is and simply matches no code.
	 */
	static String normalized(String typed) {
		if (typed == null) {
			return "";
		}
		String code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–—.]", "");
		return (code.length() > 64) ? code.substring(0, 64) : code;
	}

	/** The grouped form of a normalized code, for showing it back. */
	static String grouped(String normalized) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < normalized.length(); i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(normalized.charAt(i));
		}
		return code.toString();
	}

	/**
	 * The key a code is stored and looked up by. Every input, well-formed or not, goes
	 * through the same hash and the same indexed look-up, so the time taken does not tell
	 * whether a code exists.
	 */
	static String hash(String typed) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalized(typed).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An address as the verification page shows it: first letter of the local part and of
	 * the domain, the top-level domain ({@code m•••@t•••.es}).
	 */
	static String masked(String address) {
		int at = address.lastIndexOf('@');
		if (at <= 0) {
			return "•••";
		}
		String local = address.substring(0, at);
		String domain = address.substring(at + 1);
		int dot = domain.lastIndexOf('.');
		String tld = (dot > 0) ? domain.substring(dot) : "";
		String name = (dot > 0) ? domain.substring(0, dot) : domain;
		return local.charAt(0) + "•••@" + (name.isEmpty() ? "" : name.charAt(0)) + "•••" + tld;
	}

}
