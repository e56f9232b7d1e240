package eu.jdservices.caso.routing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.jdservices.caso.intake.Severity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.routing.*} (S1.1): which team a new case goes to when it names no service
 * of the catalogue that has a team.
 *
 * @param rules tried in order, the first that fits wins
 * @param defaultTeam the team of a case no service and no rule routes, or none
 */
@Validated
@ConfigurationProperties("caso.routing")
public record RoutingProperties(@Valid @NotNull @DefaultValue List<Rule> rules, @Size(max = 100) String defaultTeam) {

	public RoutingProperties {
		rules = List.copyOf(rules);
		defaultTeam = (defaultTeam == null || defaultTeam.isBlank()) ? null : defaultTeam.strip();
	}

	/**
	 * One routing rule: it fits a case when every criterion it gives fits.
	 *
	 * @param team the team it routes to
	 * @param severity only cases of this severity, or any
	 * @param organization only cases of this organisation (its name in the directory), or
	 * any
	 * @param keywords the case's subject or text names one of these (whole words, case
	 * and accents aside), or any when empty
	 */
	public record Rule(@NotBlank @Size(max = 100) String team, Severity severity, String organization,
			@NotNull @DefaultValue List<String> keywords) {

		public Rule {
			keywords = List.copyOf(keywords);
			organization = (organization == null || organization.isBlank()) ? null : organization.strip();
		}

		/**
		 * A rule without any criterion would take every case: that is the default team.
		 */
		@AssertTrue(message = "a routing rule needs a severity, an organization or keywords")
		public boolean isSelective() {
			return this.severity != null || this.organization != null || !this.keywords.isEmpty();
		}

	}

}
