package eu.jdservices.caso.policy;

import java.util.List;

import eu.jdservices.caso.intake.Reason;

/**
 * S1.8: details in writing, not calls. Flags a mail that asks for a call or meeting
 * ("llámenme", "can we schedule a call") and, besides that request, is too short to
 * describe the matter.
 */
final class CallRequestOnlyCheck implements GuidelineCheck {

	private final PolicyProperties.CallRequestOnly settings;

	private final Phrases callRequest;

	CallRequestOnlyCheck(PolicyProperties.CallRequestOnly settings) {
		this.settings = settings;
		this.callRequest = Phrases.of(settings.wordsEs(), settings.wordsEn());
	}

	@Override
	public String rule() {
		return "S1.8";
	}

	@Override
	public Reason code() {
		return Reason.CALL_REQUEST_ONLY;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		String body = MailText.body(submission.mail().text());
		List<Phrases.Match> requests = this.callRequest.findAll(body);
		if (requests.isEmpty()) {
			return List.of();
		}
		StringBuilder rest = new StringBuilder(MailText.fold(body));
		for (Phrases.Match request : requests.reversed()) {
			rest.replace(request.start(), request.end(), " ");
		}
		int words = MailText.informativeWords(rest.toString()).size();
		if (words >= this.settings.maxInformativeWords()) {
			return List.of();
		}
		return List.of(new Finding(
				code(), rule(), action(), "asks for a call or meeting ('" + requests.get(0).text()
						+ "') and describes the matter in " + words + " informative word(s)",
				"policy.call-request-only", List.of()));
	}

}
