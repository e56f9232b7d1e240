package eu.jdservices.caso.accounts;

import java.time.OffsetDateTime;

/**
 * A personal API token as its owner sees it (never the token itself, which is shown only
 * once, when it is created).
 *
 * @param id identifier
 * @param name what the agent called it
 * @param hint its first characters, to tell tokens apart
 * @param createdAt when it was created
 * @param lastUsedAt when it was last used (to the minute), or {@code null}
 * @param revokedAt when it was revoked, or {@code null} while it works
 */
public record ApiToken(long id, String name, String hint, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
		OffsetDateTime revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
