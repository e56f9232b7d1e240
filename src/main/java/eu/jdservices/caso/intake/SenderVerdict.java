package eu.jdservices.caso.intake;

/**
 * Whether the sender of an inbound mail is who its From says: the trusted verdict of the
 * receiving MTA ({@code Authentication-Results}), or Caso's own check when it is the MX.
 *
 * @param status pass, fail, or no verdict
 * @param source where the verdict comes from
 * @param detail the results it rests on, e.g.
 * {@code mx.jd-services.eu: dmarc=fail header.from=example.com}; empty without one
 */
public record SenderVerdict(Status status, Source source, String detail) {

	public SenderVerdict {
		detail = (detail != null) ? detail : "";
	}

	static SenderVerdict none() {
		return new SenderVerdict(Status.NONE, Source.NONE, "");
	}

	public boolean failed() {
		return this.status == Status.FAIL;
	}

	/** The verdict. */
	public enum Status {

		/** DMARC passed, or SPF or DKIM passed for the From domain. */
		PASS,
		/**
		 * DMARC failed, or without DMARC SPF failed and DKIM did not pass for the From
		 * domain.
		 */
		FAIL,
		/** No verdict, or one that decides nothing: the sender is not verified. */
		NONE

	}

	/** Where a verdict comes from. */
	public enum Source {

		/** The topmost Authentication-Results header of the trusted authserv-id. */
		TRUSTED_HEADER,
		/** Caso's own SPF, DKIM and DMARC check. */
		LOCAL_CHECK,
		/** There is none. */
		NONE

	}

}
