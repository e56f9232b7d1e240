package eu.jdservices.caso.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Reason;

/**
 * S1.3: cases are not opened on behalf of other users. The mail is sent by another
 * mailbox than its author ({@code Sender} is not {@code From}), or its text says it is
 * written for someone else ("en nombre de …", "on behalf of …"); the second is less sure
 * and has its own action. Mailing lists, which put themselves in {@code Sender}, are not
 * flagged.
 */
final class OnBehalfCheck implements GuidelineCheck {

	/** How the address of a list's sender starts: {@code owner-…}, {@code bounces+…}. */
	private static final Pattern LIST_SENDER_START = Pattern.compile("owner-|bounces?[+-@]");

	/**
	 * How the local part of a list's sender ends (before the {@code @} or a
	 * {@code +tag}): {@code …-l}, {@code …-bounces}, {@code …-owner}, {@code …-request}.
	 */
	private static final List<String> LIST_SENDER_ENDINGS = List.of("-l", "-bounce", "-bounces", "-owner", "-request");

	private final PolicyProperties.OnBehalf settings;

	private final Phrases wording;

	OnBehalfCheck(PolicyProperties.OnBehalf settings) {
		this.settings = settings;
		this.wording = Phrases.of(settings.wordsEs(), settings.wordsEn());
	}

	@Override
	public String rule() {
		return "S1.3";
	}

	@Override
	public Reason code() {
		return Reason.ON_BEHALF;
	}

	@Override
	public Action action() {
		return this.settings.action().max(this.settings.wordingAction());
	}

	@Override
	public List<Finding> check(Submission submission) {
		ParsedMail mail = submission.mail();
		if (this.settings.action() != Action.OFF && mail.from() != null && mail.sender() != null
				&& !mail.sender().email().equals(mail.from().email()) && !isMailingList(mail)) {
			return List.of(new Finding(code(), rule(), this.settings.action(),
					"sent by " + mail.sender().email() + " for " + mail.from().email() + " (Sender is not From)",
					"policy.on-behalf.sender", List.of(mail.sender().email(), mail.from().email())));
		}
		Optional<String> phrase = (this.settings.wordingAction() != Action.OFF)
				? this.wording.find(MailText.body(mail.text())) : Optional.empty();
		return phrase.map((found) -> List.of(new Finding(code(), rule(), this.settings.wordingAction(),
				"the text says it is written for someone else: '" + found + "'", "policy.on-behalf.wording",
				List.of())))
			.orElse(List.of());
	}

	/**
	 * Mailing lists put themselves in Sender: relayed, not written on behalf of anyone.
	 */
	private static boolean isMailingList(ParsedMail mail) {
		boolean listHeaders = mail.header("List-Id").isPresent() || mail.header("List-Post").isPresent()
				|| mail.header("Precedence").filter((value) -> value.matches("(?i)\\s*(list|bulk)\\s*")).isPresent();
		return listHeaders || isListSender(mail.sender().email());
	}

	/**
	 * Whether the address is a list's sender, in one pass over it (a regular expression
	 * of nested {@code .*} took quadratic time: a Sender of 200 KB took minutes).
	 */
	static boolean isListSender(String email) {
		String address = email.toLowerCase(Locale.ROOT);
		if (LIST_SENDER_START.matcher(address).lookingAt()) {
			return true;
		}
		int lastAt = address.lastIndexOf('@');
		for (int dash = address.indexOf('-'); dash >= 0 && dash < lastAt; dash = address.indexOf('-', dash + 1)) {
			for (String ending : LIST_SENDER_ENDINGS) {
				int end = dash + ending.length();
				if (end <= lastAt && address.startsWith(ending, dash)
						&& (address.charAt(end) == '@' || address.charAt(end) == '+')) {
					return true;
				}
			}
		}
		return false;
	}

}
