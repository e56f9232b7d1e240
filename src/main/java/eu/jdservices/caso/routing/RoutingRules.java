package eu.jdservices.caso.routing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.intake.MailWords;
import eu.jdservices.caso.intake.Severity;

/**
 * The routing decision (S1.1), pure: the team of the first named service that has one;
 * otherwise the first configured rule that fits (severity, organisation, keywords);
 * otherwise the default team. The rules' keywords are folded once, when the rules are
 * made; a mail's words only when some rule has keywords.
 */
final class RoutingRules {

	private final List<FoldedRule> rules;

	private final String defaultTeam;

	private final boolean anyKeywords;

	RoutingRules(RoutingProperties properties) {
		this.rules = properties.rules().stream().map(FoldedRule::of).toList();
		this.defaultTeam = properties.defaultTeam();
		this.anyKeywords = this.rules.stream().anyMatch((rule) -> !rule.keywords().isEmpty());
	}

	/**
	 * @param severity the new case's severity
	 * @param organization its organisation, or {@code null}
	 * @param subject its subject
	 * @param text the new text of its opening mail
	 * @param services the catalogue services it names, in catalogue order
	 */
	Route route(Severity severity, String organization, String subject, String text, List<Service> services) {
		for (Service service : services) {
			if (service.team() != null) {
				return new Route(service.team(), "names service " + service.key());
			}
		}
		String words = this.anyKeywords
				? " " + String.join(" ", MailWords.words(subject)) + " " + String.join(" ", MailWords.words(text)) + " "
				: "";
		for (int i = 0; i < this.rules.size(); i++) {
			FoldedRule rule = this.rules.get(i);
			if (rule.fits(severity, organization, words)) {
				return new Route(rule.team(), "routing rule " + (i + 1));
			}
		}
		return (this.defaultTeam != null) ? new Route(this.defaultTeam, "default team") : Route.nowhere();
	}

	/** A rule with its keywords as runs of folded words. */
	private record FoldedRule(String team, Severity severity, String organization, List<String> keywords) {

		static FoldedRule of(RoutingProperties.Rule rule) {
			List<String> keywords = rule.keywords()
				.stream()
				.map((keyword) -> String.join(" ", MailWords.words(keyword)))
				.filter((keyword) -> !keyword.isEmpty())
				.map((keyword) -> " " + keyword + " ")
				.toList();
			return new FoldedRule(rule.team().strip(), rule.severity(),
					Optional.ofNullable(rule.organization()).map((name) -> name.toLowerCase(Locale.ROOT)).orElse(null),
					keywords);
		}

		boolean fits(Severity caseSeverity, String caseOrganization, String words) {
			if (this.severity != null && this.severity != caseSeverity) {
				return false;
			}
			if (this.organization != null && (caseOrganization == null
					|| !this.organization.equals(caseOrganization.toLowerCase(Locale.ROOT)))) {
				return false;
			}
			return this.keywords.isEmpty() || this.keywords.stream().anyMatch(words::contains);
		}

	}

}
