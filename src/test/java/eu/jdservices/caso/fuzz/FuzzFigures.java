package eu.jdservices.caso.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import eu.jdservices.caso.fuzz.MailMutations.Mutant;

/**
 * What a fuzzing run measured: for each mutated mail its wall time and CPU time and what
 * became of it; the mails that crashed; the slowest mail (by CPU time, which a busy
 * machine does not inflate) overall and of each mutation.
 */
public final class FuzzFigures {

	private final List<Long> wallNanos = new ArrayList<>();

	private final List<Long> cpuNanos = new ArrayList<>();

	private final Map<String, Integer> outcomes = new TreeMap<>();

	private final Map<String, String> crashes = new TreeMap<>();

	private final Map<Mutation, Slowest> slowestByKind = new EnumMap<>(Mutation.class);

	private final long startedAt = System.nanoTime();

	private Slowest slowest = new Slowest("-", -1, -1);

	/** A mail that got an outcome (a decision, or "parsed"/"unparseable"). */
	public void add(Mutant mutant, long wall, long cpu, String outcome) {
		this.wallNanos.add(wall);
		this.cpuNanos.add(cpu);
		this.outcomes.merge(outcome, 1, Integer::sum);
		Slowest mail = new Slowest(mutant.describe(), cpu, wall);
		this.slowestByKind.merge(mutant.kind(), mail, Slowest::max);
		this.slowest = this.slowest.max(mail);
	}

	/** A mail whose processing threw, hung or lost it. */
	public void crash(Mutant mutant, long wall, long cpu, String what) {
		add(mutant, wall, cpu, "CRASHED");
		this.crashes.put(mutant.describe(), what);
	}

	public int mails() {
		return this.wallNanos.size();
	}

	/** The crashed mails and what happened to each. */
	public Map<String, String> crashes() {
		return this.crashes;
	}

	/** How many mails got each outcome. */
	public Map<String, Integer> outcomes() {
		return this.outcomes;
	}

	/** The mail that took the most CPU time. */
	public Slowest slowest() {
		return this.slowest;
	}

	/** The highest wall time of any mail, in ms. */
	public double maxWallMillis() {
		return percentile(this.wallNanos, 1.0);
	}

	/** The figures, e.g. for a test's output or a benchmark's summary. */
	public String summary(String label) {
		return String.format(Locale.ROOT,
				"[%s] mails=%d crashes=%d outcomes=%s%n[%s] per mail: cpu p50=%.1fms p99=%.1fms max=%.1fms;"
						+ " wall p50=%.1fms p99=%.1fms max=%.1fms; over 1 s of cpu: %d; slowest (cpu): %s; total %.1fs",
				label, mails(), this.crashes.size(), this.outcomes, label, percentile(this.cpuNanos, 0.5),
				percentile(this.cpuNanos, 0.99), percentile(this.cpuNanos, 1.0), percentile(this.wallNanos, 0.5),
				percentile(this.wallNanos, 0.99), maxWallMillis(),
				this.cpuNanos.stream().filter((nanos) -> nanos >= 1_000_000_000L).count(), this.slowest,
				(System.nanoTime() - this.startedAt) / 1e9);
	}

	/** The slowest mail of each mutation. */
	public String slowestByKind() {
		StringBuilder out = new StringBuilder();
		this.slowestByKind.forEach((kind, mail) -> out.append(System.lineSeparator())
			.append(String.format(Locale.ROOT, "  %-27s cpu %7.1fms wall %7.1fms  %s", kind, mail.cpuMillis(),
					mail.wallMillis(), mail.mail())));
		return out.toString();
	}

	private static double percentile(List<Long> nanos, double quantile) {
		if (nanos.isEmpty()) {
			return -1;
		}
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		int rank = (int) Math.ceil(quantile * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	/**
	 * A mail and what it cost.
	 *
	 * @param mail the mail, described
	 * @param cpuNanos its CPU time
	 * @param wallNanos its wall time
	 */
	public record Slowest(String mail, long cpuNanos, long wallNanos) {

		public double cpuMillis() {
			return this.cpuNanos / 1e6;
		}

		public double wallMillis() {
			return this.wallNanos / 1e6;
		}

		Slowest max(Slowest other) {
			return (other.cpuNanos > this.cpuNanos) ? other : this;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s, cpu %.1fms, wall %.1fms", this.mail, cpuMillis(), wallMillis());
		}

	}

}
