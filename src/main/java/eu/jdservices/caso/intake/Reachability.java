package eu.jdservices.caso.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * Whether a mail address can ever be answered: its syntax is that of an Internet mail
 * address and its domain could exist (a top-level domain of IANA's list, or
 * {@code .test}/{@code .example}, reserved for testing and documentation by RFC 2606 and
 * RFC 6761). {@code claudia.shu@yahoo.com.} (a trailing dot), {@code power quadrant
 * system@example.com} (spaces) or {@code x@host.invalid} never can; mail to them would
 * only fail at the relay.
 */
public final class Reachability {

	private static final DomainValidator DOMAINS = DomainValidator.getInstance(false, List
		.of(new DomainValidator.Item(DomainValidator.ArrayType.GENERIC_PLUS, new String[] { "test", "example" })));

	private static final EmailValidator SYNTAX = new EmailValidator(false, false, DOMAINS);

	private Reachability() {
	}

	/** Why mail to this address can never arrive; empty when it could. */
	public static Optional<Problem> problem(String address) {
		if (address == null || address.isBlank()) {
			return Optional.of(Problem.SYNTAX);
		}
		String trimmed = address.trim();
		int at = trimmed.lastIndexOf('@');
		if (at <= 0 || at == trimmed.length() - 1) {
			return Optional.of(Problem.SYNTAX);
		}
		String domain = trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
		if (trimmed.length() > 320 || domain.length() > 253) {
			return Optional.of(Problem.SYNTAX);
		}
		if (SYNTAX.isValid(trimmed)) {
			return Optional.empty();
		}
		if (!domain.endsWith(".") && hasDomainSyntax(domain) && !DOMAINS.isValid(domain)
				&& SYNTAX.isValid(trimmed.substring(0, at + 1) + "example.com")) {
			return Optional.of(Problem.DOMAIN);
		}
		return Optional.of(Problem.SYNTAX);
	}

	public static boolean isReachable(String address) {
		return problem(address).isEmpty();
	}

	private static boolean hasDomainSyntax(String domain) {
		return domain.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
	}

	/** Why an address cannot be answered. */
	public enum Problem {

		/** Not the syntax of a mail address. */
		SYNTAX("invalid address syntax"),

		/** A well-formed domain that cannot exist (no such top-level domain). */
		DOMAIN("the domain cannot exist");

		private final String description;

		Problem(String description) {
			this.description = description;
		}

		/** For logs and records (agents see the message key of the finding). */
		public String description() {
			return this.description;
		}

	}

}
