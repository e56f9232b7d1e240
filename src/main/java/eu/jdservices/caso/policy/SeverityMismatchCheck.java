package eu.jdservices.caso.policy;

import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;

/**
 * S4.1: a hint for agents when the content fits another severity than the address used: a
 * security incident is A, an unexploited vulnerability C, a total outage sent to C is A,
 * a billing request or question sent to A is C.
 */
final class SeverityMismatchCheck implements GuidelineCheck {

	private final PolicyProperties.SeverityMismatch settings;

	private final Phrases request;

	private final Phrases outage;

	private final Phrases vulnerability;

	private final Phrases securityIncident;

	SeverityMismatchCheck(PolicyProperties.SeverityMismatch settings) {
		this.settings = settings;
		this.request = Phrases.of(settings.requestWordsEs(), settings.requestWordsEn());
		this.outage = Phrases.of(settings.outageWordsEs(), settings.outageWordsEn());
		this.vulnerability = Phrases.of(settings.vulnerabilityWordsEs(), settings.vulnerabilityWordsEn());
		this.securityIncident = Phrases.of(settings.securityIncidentWordsEs(), settings.securityIncidentWordsEn());
	}

	@Override
	public String rule() {
		return "S4.1";
	}

	@Override
	public Reason code() {
		return Reason.SEVERITY_MISMATCH;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		String text = MailText.subject(submission.mail().subject()) + "\n\n" + MailText.body(submission.mail().text());
		Severity severity = submission.severity();
		Optional<String> incident = this.securityIncident.find(text);
		Optional<String> outage = this.outage.find(text);
		Optional<String> vulnerability = this.vulnerability.find(text);
		Optional<String> request = this.request.find(text);
		if (incident.isPresent()) {
			return (severity != Severity.A) ? hint(severity, Severity.A, "security incident", incident.get())
					: List.of();
		}
		if (vulnerability.isPresent()) {
			return (severity != Severity.C)
					? hint(severity, Severity.C, "unexploited vulnerability", vulnerability.get()) : List.of();
		}
		if (severity == Severity.C && outage.isPresent()) {
			return hint(severity, Severity.A, "total outage", outage.get());
		}
		if (severity == Severity.A && outage.isEmpty() && request.isPresent()) {
			return hint(severity, Severity.C, "billing, request or question", request.get());
		}
		return List.of();
	}

	private List<Finding> hint(Severity used, Severity suggested, String kind, String wording) {
		return List.of(new Finding(code(), rule(), action(),
				"sent as " + used + " but reads like " + kind + " ('" + wording + "'): suggest " + suggested, null,
				List.of(suggested.name())));
	}

}
