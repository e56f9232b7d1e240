package eu.jdservices.caso.meetings;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An attendee's answer to an invitation: the iCalendar participation status (RFC 5545
 * PARTSTAT) of their last calendar reply.
 */
public enum Response {

	NEEDS_ACTION("NEEDS-ACTION"), ACCEPTED("ACCEPTED"), DECLINED("DECLINED"), TENTATIVE("TENTATIVE");

	private final String partStat;

	Response(String partStat) {
		this.partStat = partStat;
	}

	/** The PARTSTAT value, as the API shows it ({@code NEEDS-ACTION} …). */
	@JsonValue
	public String partStat() {
		return this.partStat;
	}

	/** The answer a PARTSTAT value stands for; others (DELEGATED …) are none. */
	static Optional<Response> ofPartStat(String value) {
		String wanted = (value != null) ? value.strip().toUpperCase(Locale.ROOT) : "";
		for (Response response : values()) {
			if (response.partStat.equals(wanted)) {
				return Optional.of(response);
			}
		}
		return Optional.empty();
	}

}
