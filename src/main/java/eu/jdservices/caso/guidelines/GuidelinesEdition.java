package eu.jdservices.caso.guidelines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One edition of the public guidelines page: the facts it states (intake addresses,
 * windows, office hours, holidays, attachment size, a digest of its texts), the version
 * they make and when it was published. Same facts, same version: a restart or another
 * node publishes nothing new.
 *
 * @param version eight hexadecimal digits of the facts' SHA-256
 * @param publishedAt when this edition came into force
 * @param facts what the page states, by key
 */
record GuidelinesEdition(String version, Instant publishedAt, SortedMap<String, String> facts) {

	GuidelinesEdition {
		facts = new TreeMap<>(facts);
	}

	/** The edition these facts make, published now if it is new. */
	static GuidelinesEdition of(Map<String, String> facts, Instant publishedAt) {
		SortedMap<String, String> sorted = new TreeMap<>(facts);
		return new GuidelinesEdition(versionOf(sorted), publishedAt, sorted);
	}

	/** What changed from an earlier edition: the topics of the facts that differ. */
	Set<Topic> changesFrom(GuidelinesEdition earlier) {
		Set<String> keys = new HashSet<>(this.facts.keySet());
		keys.addAll(earlier.facts.keySet());
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		for (String key : keys) {
			if (!Objects.equals(this.facts.get(key), earlier.facts.get(key))) {
				topics.add(Topic.of(key));
			}
		}
		return topics;
	}

	/** The facts as stored: one {@code key=value} line each, in key order. */
	String factsText() {
		return text(this.facts);
	}

	/** The facts of {@link #factsText()}. */
	static SortedMap<String, String> factsOf(String text) {
		SortedMap<String, String> facts = new TreeMap<>();
		text.lines().filter((line) -> line.contains("=")).forEach((line) -> {
			int equals = line.indexOf('=');
			facts.put(line.substring(0, equals), line.substring(equals + 1));
		});
		return facts;
	}

	private static String versionOf(SortedMap<String, String> facts) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text(facts).getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(SortedMap<String, String> facts) {
		StringBuilder text = new StringBuilder();
		facts.forEach((key, value) -> text.append(key)
			.append('=')
			.append(value.replace('\n', ' ').replace('\r', ' '))
			.append('\n'));
		return text.toString();
	}

}
