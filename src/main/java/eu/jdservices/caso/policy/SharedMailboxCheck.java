package eu.jdservices.caso.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import eu.jdservices.caso.intake.Reason;

/**
 * S1.3: cases are opened from one's own professional account, not from a mailbox shared
 * by several people — declared in the directory, or with a role local part like
 * {@code info@} or {@code soporte@}.
 */
final class SharedMailboxCheck implements GuidelineCheck {

	private final PolicyProperties.SharedMailbox settings;

	private final Set<String> localParts;

	SharedMailboxCheck(PolicyProperties.SharedMailbox settings) {
		this.settings = settings;
		this.localParts = settings.localParts()
			.stream()
			.map((part) -> part.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String rule() {
		return "S1.3";
	}

	@Override
	public Reason code() {
		return Reason.SHARED_MAILBOX;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		String address = submission.fromAddress();
		if (address.isEmpty()) {
			return List.of();
		}
		if (submission.sender().filter((contact) -> contact.sharedMailbox()).isPresent()) {
			return List.of(finding(address, address + " is declared as a shared mailbox in the directory"));
		}
		String localPart = localPart(address);
		if (this.localParts.contains(localPart)) {
			return List.of(finding(address, "role local part '" + localPart + "' (" + address + ")"));
		}
		return List.of();
	}

	/**
	 * The local part without a {@code +tag}, e.g. {@code soporte} for
	 * {@code soporte+x@cliente.es}.
	 */
	private static String localPart(String address) {
		String local = address.substring(0, Math.max(0, address.lastIndexOf('@')));
		int plus = local.indexOf('+');
		return (plus > 0) ? local.substring(0, plus) : local;
	}

	private Finding finding(String address, String detail) {
		return new Finding(code(), rule(), action(), detail, "policy.shared-mailbox", List.of(address));
	}

}
