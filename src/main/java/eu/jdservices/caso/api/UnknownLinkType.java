package eu.jdservices.caso.api;

/** A link type that agents may not create (400, naming the allowed ones). */
class UnknownLinkType extends RuntimeException {

	private final String type;

	UnknownLinkType(String type) {
		super("Unknown link type " + type);
		this.type = type;
	}

	String type() {
		return this.type;
	}

}
