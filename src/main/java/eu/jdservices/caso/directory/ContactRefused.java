package eu.jdservices.caso.directory;

/**
 * A contact change that breaks a rule of the directory; nothing was changed.
 */
public class ContactRefused extends RuntimeException {

	ContactRefused(String message) {
		super(message, null, false, false);
	}

}
