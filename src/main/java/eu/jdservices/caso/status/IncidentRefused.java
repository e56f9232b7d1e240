package eu.jdservices.caso.status;

/**
 * An incident or update the status page refuses: the API answers 404 for an unknown
 * incident, 409 for an update of a resolved one, 400 naming the field at fault otherwise.
 */
public class IncidentRefused extends RuntimeException {

	private final Refusal refusal;

	private final String field;

	private final Object[] args;

	IncidentRefused(Refusal refusal, String field, Object... args) {
		super(refusal + ((field != null) ? " (" + field + ")" : ""));
		this.refusal = refusal;
		this.field = field;
		this.args = args;
	}

	public Refusal refusal() {
		return this.refusal;
	}

	/** The field at fault, or {@code null}. */
	public String field() {
		return this.field;
	}

	/** The message key of the refusal ({@code status.refused.<refusal>}). */
	public String messageKey() {
		return "status.refused." + this.refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public Object[] args() {
		return this.args.clone();
	}

	/** Why. */
	public enum Refusal {

		/** No incident with that id. */
		NOT_FOUND,
		/** A resolved incident takes no more updates. */
		RESOLVED,
		/** A service key that is not in the catalogue. */
		UNKNOWN_SERVICE,
		/** A maintenance that ends before it starts. */
		ENDS_BEFORE_START

	}

}
