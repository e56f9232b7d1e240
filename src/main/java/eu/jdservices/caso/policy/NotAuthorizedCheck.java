package eu.jdservices.caso.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Role;
import eu.jdservices.caso.intake.Reason;

/**
 * S1.3: privileged requests need authority. Contracting, upgrading or cancelling services
 * is for a representative of the organisation; creating, removing or changing another
 * user (permissions, password) is for that user's manager. The other user is recognised
 * by an address or a full name of the organisation's contacts in the same paragraph as
 * the request; a request about oneself is fine, and so is one about a person who is not
 * in the directory (nobody to check against).
 */
final class NotAuthorizedCheck implements GuidelineCheck {

	/**
	 * An address, starting where a run of its characters starts (from inside a run the
	 * search would read the run again: quadratic on a long word), its domain read label
	 * by label without a repeated group (which recurses once per label).
	 */
	private static final Pattern ADDRESS = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+\\.[\\w.-]*[\\w-]");

	private final PolicyProperties.NotAuthorized settings;

	private final Phrases contracting;

	private final Phrases userChange;

	NotAuthorizedCheck(PolicyProperties.NotAuthorized settings) {
		this.settings = settings;
		this.contracting = Phrases.of(settings.contractingWordsEs(), settings.contractingWordsEn());
		this.userChange = Phrases.of(settings.userChangeWordsEs(), settings.userChangeWordsEn());
	}

	@Override
	public String rule() {
		return "S1.3";
	}

	@Override
	public Reason code() {
		return Reason.NOT_AUTHORIZED;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		String text = MailText.subject(submission.mail().subject()) + "\n\n" + MailText.body(submission.mail().text());
		List<Finding> findings = new ArrayList<>();
		contractingWithoutAuthority(submission, text).ifPresent(findings::add);
		userChangeWithoutAuthority(submission, text).ifPresent(findings::add);
		return findings;
	}

	private Optional<Finding> contractingWithoutAuthority(Submission submission, String text) {
		Optional<String> request = this.contracting.find(text);
		if (request.isEmpty() || submission.sender().filter((sender) -> sender.has(Role.REPRESENTATIVE)).isPresent()) {
			return Optional.empty();
		}
		List<String> representatives = submission.organizationContacts()
			.stream()
			.filter((contact) -> contact.has(Role.REPRESENTATIVE) && hasName(contact))
			.map(Contact::name)
			.toList();
		String detail = "contracting request '" + request.get() + "' from a sender who is not a representative";
		if (representatives.isEmpty()) {
			return Optional.of(new Finding(code(), rule(), action(), detail + "; no representative known",
					"policy.not-authorized.contracting.generic", List.of()));
		}
		String names = String.join(", ", representatives);
		return Optional.of(new Finding(code(), rule(), action(), detail + "; representatives: " + names,
				"policy.not-authorized.contracting", List.of(names)));
	}

	private Optional<Finding> userChangeWithoutAuthority(Submission submission, String text) {
		String sender = submission.fromAddress();
		for (String paragraph : text.split("\\n\\s*\\n")) {
			Optional<String> request = this.userChange.find(paragraph);
			if (request.isEmpty()) {
				continue;
			}
			for (Contact target : targets(submission, paragraph)) {
				if (!target.email().equals(sender) && !sender.equals(target.managerEmail())) {
					return Optional.of(finding(submission, request.get(), target));
				}
			}
		}
		return Optional.empty();
	}

	/** Contacts of the organisation named in a paragraph, by address or full name. */
	private static Set<Contact> targets(Submission submission, String paragraph) {
		Set<Contact> targets = new LinkedHashSet<>();
		Matcher addresses = ADDRESS.matcher(paragraph);
		while (addresses.find()) {
			String address = addresses.group().toLowerCase(Locale.ROOT);
			submission.organizationContacts()
				.stream()
				.filter((contact) -> contact.email().equals(address))
				.forEach(targets::add);
		}
		String folded = " " + String.join(" ", MailText.words(paragraph)) + " ";
		for (Contact contact : submission.organizationContacts()) {
			List<String> name = hasName(contact) ? MailText.words(contact.name()) : List.of();
			if (name.size() >= 2 && folded.contains(" " + String.join(" ", name) + " ")) {
				targets.add(contact);
			}
		}
		return targets;
	}

	private static boolean hasName(Contact contact) {
		return contact.name() != null && !contact.name().isBlank();
	}

	private Finding finding(Submission submission, String request, Contact target) {
		Optional<String> manager = submission.organizationContacts()
			.stream()
			.filter((contact) -> contact.email().equals(target.managerEmail()) && hasName(contact))
			.map(Contact::name)
			.findFirst();
		String detail = "change to another user (" + target.email() + ") '" + request
				+ "' from someone who is not their manager";
		return manager
			.map((name) -> new Finding(code(), rule(), action(), detail + "; manager: " + name,
					"policy.not-authorized.user-change", List.<Object>of(name)))
			.orElseGet(() -> new Finding(code(), rule(), action(), detail + "; no manager known",
					"policy.not-authorized.user-change.generic", List.of()));
	}

}
