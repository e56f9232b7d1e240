package eu.jdservices.caso.intake;

import java.util.List;

/**
 * The DNS look-ups of Caso's own sender check (SPF, DKIM keys, DMARC policies). The
 * default asks the system's resolvers (dnsjava); tests give a resolver of their own, so
 * that no test ever reaches the network.
 */
public interface DnsResolver {

	/**
	 * The records of a name: addresses for A/AAAA, host names for MX/PTR, the joined
	 * strings of each TXT record; empty when there are none.
	 * @throws TemporaryFailure when the DNS does not answer in time
	 */
	List<String> lookup(String name, Type type);

	/** The record types Caso asks for. */
	enum Type {

		A, AAAA, MX, PTR, TXT

	}

	/** The DNS did not answer (timeout, SERVFAIL): a temporary error, not a "no". */
	class TemporaryFailure extends RuntimeException {

		public TemporaryFailure(String message) {
			super(message);
		}

	}

}
