package eu.jdservices.caso.policy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Reason;

/**
 * S1.9: technical incidents tell the 10 items (service, type of problem, start, steps,
 * literal error, recent changes, affected users, business impact, workaround,
 * screenshots). Severities A and B are always incidents, C only with incident wording
 * ("no funciona", "error", "not working"). The finding's arguments are the message keys
 * of the missing items: the questions the acknowledgement lists.
 */
final class MissingIncidentDetailsCheck implements GuidelineCheck {

	private final PolicyProperties.MissingIncidentDetails settings;

	private final Phrases incidentWording;

	MissingIncidentDetailsCheck(PolicyProperties.MissingIncidentDetails settings) {
		this.settings = settings;
		this.incidentWording = Phrases.of(settings.incidentWordsEs(), settings.incidentWordsEn());
	}

	@Override
	public String rule() {
		return "S1.9";
	}

	@Override
	public Reason code() {
		return Reason.MISSING_INCIDENT_DETAILS;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		ParsedMail mail = submission.mail();
		String text = MailText.subject(mail.subject()) + "\n\n" + MailText.body(mail.text());
		if (!this.settings.alwaysFor().contains(submission.severity()) && !this.incidentWording.in(text)) {
			return List.of();
		}
		List<IncidentItem> missing = Arrays.stream(IncidentItem.values())
			.filter((item) -> !item.toldIn(text, mail.attachments()))
			.toList();
		if (missing.size() < this.settings.minMissing()) {
			return List.of();
		}
		String ids = missing.stream().map(IncidentItem::id).collect(Collectors.joining(", "));
		return List.of(new Finding(code(), rule(), action(), missing.size() + " of 10 incident items missing: " + ids,
				"policy.missing-incident-details",
				missing.stream().map(IncidentItem::messageKey).map(Object.class::cast).toList()));
	}

}
