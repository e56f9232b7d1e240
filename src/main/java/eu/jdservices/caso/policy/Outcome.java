package eu.jdservices.caso.policy;

import java.util.List;

/**
 * What one check returns: its findings and its effects on what is stored.
 *
 * @param findings the findings (may be empty even when there are effects, e.g. phone
 * numbers kept from a mail that breaks no rule)
 * @param effects the effects, applied by {@link GuidelinePolicy}
 */
public record Outcome(List<Finding> findings, List<Effect> effects) {

	public Outcome {
		findings = List.copyOf(findings);
		effects = List.copyOf(effects);
	}

}
