package eu.jdservices.caso.guidelines;

import java.util.List;

/**
 * What a change of the guidelines page was about, as its list of changes names it: each
 * fact of an edition belongs to one topic by the start of its key.
 */
enum Topic {

	ADDRESSES("addresses."),

	CUSTOMER_WINDOWS("customer-window."),

	RESPONSE_TARGETS("response-target."),

	OFFICE_HOURS("calendar.hours.", "calendar.zone", "calendar.24x7"),

	HOLIDAYS("calendar.holidays."),

	ATTACHMENTS("attachments."),

	TEXTS("texts.");

	private final List<String> prefixes;

	Topic(String... prefixes) {
		this.prefixes = List.of(prefixes);
	}

	/** The topic of a fact, by its key. */
	static Topic of(String key) {
		for (Topic topic : values()) {
			if (topic.prefixes.stream().anyMatch(key::startsWith)) {
				return topic;
			}
		}
		throw new IllegalArgumentException("No topic for the fact " + key);
	}

}
