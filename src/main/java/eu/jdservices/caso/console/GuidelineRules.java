package eu.jdservices.caso.console;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Which rule of the published guidelines (GUIDELINES.md) a finding code stands for, so
 * that agents can point customers to it.
 */
@Component("guidelineRules")
class GuidelineRules {

	private static final Map<String, String> RULES = Map.ofEntries(Map.entry("SHARED_MAILBOX", "S1.3"),
			Map.entry("ON_BEHALF", "S1.3"), Map.entry("NOT_AUTHORIZED", "S1.3"), Map.entry("UNKNOWN_SENDER", "S1.4"),
			Map.entry("NOT_A_CASE_CONTACT", "S1.5"), Map.entry("CONTACT_ADDED", "S1.5"),
			Map.entry("MULTIPLE_MATTERS", "S1.6"), Map.entry("VAGUE_SUBJECT", "S1.7"),
			Map.entry("CALL_REQUEST_ONLY", "S1.8"), Map.entry("MISSING_INCIDENT_DETAILS", "S1.9"),
			Map.entry("ATTACHMENT_TOO_LARGE", "S1.10"), Map.entry("SENSITIVE_DATA", "S1.11"),
			Map.entry("SEPARATE_MAIL", "S2.4"), Map.entry("DUPLICATE_OPEN_CASE", "S2.4"),
			Map.entry("OTHER_CASE_MENTIONED", "S2.5"), Map.entry("CUSTOMER_REPORTS_RESOLVED", "S2.6"),
			Map.entry("CASE_CLOSED", "S3.1"), Map.entry("THANKS_AFTER_CLOSE", "S3.1"), Map.entry("RECURRENCE", "S3.2"),
			Map.entry("SEVERITY_MISMATCH", "S4.1"));

	/** The rule id, or {@code null} for a code that no rule names. */
	public String of(String code) {
		return RULES.get(code);
	}

}
