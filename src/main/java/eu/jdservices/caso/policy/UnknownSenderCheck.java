package eu.jdservices.caso.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import eu.jdservices.caso.intake.Reason;

/**
 * S1.4: a sender who is not in the directory and whose domain is not a customer's is
 * flagged for an agent to verify (an unknown address on a customer domain is not: the
 * contact is created). For every sender, the alternative contact methods written in the
 * mail — phone numbers and sentences about availability — are kept on the case.
 */
final class UnknownSenderCheck implements GuidelineCheck {

	private static final int MAX_SENTENCE = 200;

	private static final long MAX_TRIES = 500;

	private final PolicyProperties.UnknownSender settings;

	private final Phrases availability;

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

	UnknownSenderCheck(PolicyProperties.UnknownSender settings) {
		this.settings = settings;
		this.availability = Phrases.of(settings.availabilityWordsEs(), settings.availabilityWordsEn());
	}

	@Override
	public String rule() {
		return "S1.4";
	}

	@Override
	public Reason code() {
		return Reason.UNKNOWN_SENDER;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		if (submission.sender().isPresent() || submission.customerDomain() || submission.fromAddress().isEmpty()) {
			return List.of();
		}
		String address = submission.fromAddress();
		return List.of(new Finding(code(), rule(), action(),
				address + " is not in the directory and its domain is not a customer's", "policy.unknown-sender",
				List.of(address)));
	}

	@Override
	public Outcome apply(Submission submission) {
		String text = MailText.unquoted(submission.mail().text());
		List<Effect> effects = new ArrayList<>();
		phoneNumbers(text).forEach((phone) -> effects.add(new Effect.KeepContact(phone)));
		availabilitySentences(text).forEach((sentence) -> effects.add(new Effect.KeepContact(sentence)));
		return new Outcome(check(submission), effects);
	}

	/**
	 * Valid phone numbers in the text, in international format. The search gives up after
	 * {@value #MAX_TRIES} candidates that are no number: each costs an exception, and a
	 * text of digits has one every few characters (100,000 of them took 2.4 s).
	 */
	List<String> phoneNumbers(String text) {
		Set<String> numbers = new LinkedHashSet<>();
		for (PhoneNumberMatch match : this.phones.findNumbers(text, this.settings.phoneRegion(), Leniency.VALID,
				MAX_TRIES)) {
			numbers.add(this.phones.format(match.number(), PhoneNumberFormat.INTERNATIONAL));
		}
		return List.copyOf(numbers);
	}

	/** Lines or sentences of the text that say when or how the sender can be reached. */
	List<String> availabilitySentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String line : text.split("\\n")) {
			for (String sentence : line.split("(?<=[.!?])\\s+")) {
				String trimmed = sentence.strip();
				if (this.availability.in(trimmed) && !sentences.contains(trimmed)) {
					sentences
						.add((trimmed.length() > MAX_SENTENCE) ? trimmed.substring(0, MAX_SENTENCE) + "…" : trimmed);
				}
			}
		}
		return sentences;
	}

}
