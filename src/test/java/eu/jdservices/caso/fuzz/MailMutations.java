package eu.jdservices.caso.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Mutated mails for fuzzing: the real mails of the shared corpus
 * ({@code shared/corpus/zammad-mail}, read by path, never copied), each broken by one
 * {@link Mutation}. Deterministic: mutant {@code n} of a seed is always the same bytes
 * and can be made alone (its {@link Random} comes from the seed and {@code n}); the
 * mutations take turns, so every kind is in any run of a few dozen mails.
 */
public final class MailMutations {

	private static final List<Mutation> KINDS = List.of(Mutation.values());

	private final List<Original> originals;

	private final long seed;

	private MailMutations(List<Original> originals, long seed) {
		if (originals.isEmpty()) {
			throw new IllegalArgumentException("no mails to mutate");
		}
		this.originals = List.copyOf(originals);
		this.seed = seed;
	}

	/** The mails of the corpus under {@code caso.shared.dir}, mutated with this seed. */
	public static MailMutations ofCorpus(long seed) {
		return new MailMutations(corpus(corpusDirectory()), seed);
	}

	/** Where the corpus is; may not exist. */
	public static Path corpusDirectory() {
		return Path.of(System.getProperty("caso.shared.dir", "../shared"), "corpus", "zammad-mail");
	}

	public long seed() {
		return this.seed;
	}

	public int originals() {
		return this.originals.size();
	}

	/** The {@code index}-th mutated mail of this seed. */
	public Mutant mutant(int index) {
		Random random = new Random(this.seed * 1_000_003L + index);
		Mutation kind = KINDS.get(index % KINDS.size());
		Original original = this.originals.get(random.nextInt(this.originals.size()));
		return new Mutant(index, kind, original.name(), kind.apply(original.raw(), random));
	}

	private static List<Original> corpus(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> file.toString().endsWith(".box") || file.toString().endsWith(".eml"))
				.sorted()
				.map((file) -> new Original(directory.relativize(file).toString(), withoutMboxFromLine(read(file))))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An mbox file's first line ({@code From sender date}) is not part of the mail. */
	public static byte[] withoutMboxFromLine(byte[] raw) {
		if (raw.length >= 5 && raw[0] == 'F' && raw[1] == 'r' && raw[2] == 'o' && raw[3] == 'm' && raw[4] == ' ') {
			for (int i = 0; i < raw.length; i++) {
				if (raw[i] == '\n') {
					return Arrays.copyOfRange(raw, i + 1, raw.length);
				}
			}
		}
		return raw;
	}

	private record Original(String name, byte[] raw) {
	}

	/**
	 * A mutated mail.
	 *
	 * @param index its number in the run (with the seed, enough to make it again)
	 * @param kind how it was broken
	 * @param original the corpus file it was made from
	 * @param raw its bytes
	 */
	public record Mutant(int index, Mutation kind, String original, byte[] raw) {

		/** E.g. {@code #17 NESTED_BOUNDARIES of mail042.box (12345 bytes)}. */
		public String describe() {
			return "#" + this.index + " " + this.kind + " of " + this.original + " (" + this.raw.length + " bytes)";
		}

	}

}
