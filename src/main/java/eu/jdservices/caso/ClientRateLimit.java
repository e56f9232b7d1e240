package eu.jdservices.caso;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} uses per client address and minute (a fixed window per client),
 * on this node. Kept in memory: a guess at a verification code is pointless (about 2^78
 * codes) and this only keeps one client from hammering the page.
 */
public final class ClientRateLimit {

	private static final long MINUTE = 60_000;

	private static final int MAX_CLIENTS = 100_000;

	private final int limit;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	public ClientRateLimit(int limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	/** Counts a use; false when the client has had its share of this minute. */
	public boolean tryAcquire(String client) {
		long now = this.clock.millis();
		if (this.windows.size() > MAX_CLIENTS) {
			this.windows.values().removeIf((window) -> now - window.start >= MINUTE);
		}
		Window window = this.windows.compute(client,
				(key, current) -> (current == null || now - current.start >= MINUTE) ? new Window(now, 1)
						: new Window(current.start, current.count + 1));
		return window.count <= this.limit;
	}

	private record Window(long start, int count) {
	}

}
