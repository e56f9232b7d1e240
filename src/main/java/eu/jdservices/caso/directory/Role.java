package eu.jdservices.caso.directory;

import java.util.Locale;
import java.util.Optional;

/**
 * What a contact may do for its organisation (S1.3, S2.3).
 */
public enum Role {

	/** Any user of the customer. */
	MEMBER,
	/** May contract, upgrade or cancel services. */
	REPRESENTATIVE,
	/** Is told when a severity A case opens. */
	TOP_EXECUTIVE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<Role> fromCode(String code) {
		for (Role role : values()) {
			if (role.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
