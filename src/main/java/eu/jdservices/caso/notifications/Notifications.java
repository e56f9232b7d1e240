package eu.jdservices.caso.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the console shows each agent under the bell, and their mail preferences. */
@Service
public class Notifications {

	private final NotificationStore store;

	private final Clock clock;

	Notifications(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public long unread(String agent) {
		return this.store.unread(agent);
	}

	@Transactional(readOnly = true)
	public List<Notification> latest(String agent, int limit) {
		return this.store.latest(agent, limit);
	}

	/** Marks one of the agent's notifications read. */
	@Transactional
	public void markRead(String agent, long id) {
		this.store.markRead(agent, id, OffsetDateTime.now(this.clock));
	}

	/** Marks all of the agent's notifications read. */
	@Transactional
	public void markAllRead(String agent) {
		this.store.markRead(agent, null, OffsetDateTime.now(this.clock));
	}

	@Transactional(readOnly = true)
	public MailPreferences preferences(String agent) {
		return this.store.preferences(agent);
	}

	@Transactional
	public void savePreferences(String agent, MailPreferences preferences) {
		this.store.savePreferences(agent, preferences);
	}

}
