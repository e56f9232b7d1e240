package eu.jdservices.caso.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code imapIntake}: DOWN while a configured IMAP mailbox fails (cannot sign in,
 * gets no access token, misses its folder, loses its connection), with the error, the
 * last good fetch, the messages left waiting and whether it waits with IDLE, per mailbox.
 * Not part of readiness: the node still takes mail over SMTP and serves agents.
 */
@Component
class ImapIntakeHealthIndicator implements HealthIndicator {

	private final ImapIntake intake;

	ImapIntakeHealthIndicator(ImapIntake intake) {
		this.intake = intake;
	}

	@Override
	public Health health() {
		List<MailboxState> states = this.intake.states();
		if (states.isEmpty()) {
			return Health.up().withDetail("mailboxes", 0).build();
		}
		boolean failing = states.stream().anyMatch(MailboxState::failing);
		Health.Builder health = failing ? Health.down() : Health.up();
		for (MailboxState state : states) {
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("connected", state.connected());
			detail.put("idle", state.idle());
			if (state.standby()) {
				detail.put("standby", "another node watches this mailbox");
			}
			detail.put("lastFetchAt", (state.lastFetchAt() != null) ? state.lastFetchAt().toString() : null);
			if (state.waiting() != null) {
				detail.put("waiting", state.waiting());
			}
			if (state.failing()) {
				detail.put("lastError", state.lastError());
				detail.put("lastErrorAt", (state.lastErrorAt() != null) ? state.lastErrorAt().toString() : null);
			}
			health.withDetail(state.mailbox(), detail);
		}
		return health.build();
	}

}
