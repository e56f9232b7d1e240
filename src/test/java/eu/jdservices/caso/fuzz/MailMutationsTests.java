package eu.jdservices.caso.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.fuzz.MailMutations.Mutant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MailMutations}: the same seed makes the same mails, every mutation takes its
 * turn, and the structural ones build what they promise.
 */
class MailMutationsTests {

	private static MailMutations mutations;

	@BeforeAll
	static void corpus() {
		Assumptions.assumeTrue(Files.isDirectory(MailMutations.corpusDirectory()), "no corpus");
		mutations = MailMutations.ofCorpus(9);
	}

	@Test
	void theSameSeedMakesTheSameMailsAndAnotherSeedOthers() {
		MailMutations again = MailMutations.ofCorpus(9);
		MailMutations other = MailMutations.ofCorpus(10);

		for (int i = 0; i < 34; i++) {
			assertThat(again.mutant(i).raw()).as("mutant %d", i).isEqualTo(mutations.mutant(i).raw());
		}
		assertThat(other.mutant(0).raw()).isNotEqualTo(mutations.mutant(0).raw());
	}

	@Test
	void everyMutationTakesItsTurn() {
		Set<Mutation> kinds = EnumSet.noneOf(Mutation.class);
		for (int i = 0; i < Mutation.values().length; i++) {
			kinds.add(mutations.mutant(i).kind());
		}

		assertThat(kinds).containsExactlyInAnyOrder(Mutation.values());
	}

	@Test
	void theManyPartMailHasTenThousandParts() {
		String mail = text(mutantOf(Mutation.TEN_THOUSAND_PARTS));
		Matcher boundary = Pattern.compile("boundary=\"(many-\\d+)\"").matcher(mail);
		assertThat(boundary.find()).isTrue();

		assertThat(mail.split("\r\n--" + boundary.group(1) + "\r\n", -1)).hasSize(10_001);
	}

	@Test
	void theNestedMailsAreAttachedAtLeastFiftyDeep() {
		String mail = text(mutantOf(Mutation.DEEP_RFC822_NESTING));

		assertThat(mail.split("Content-Type: message/rfc822", -1).length - 1).isGreaterThanOrEqualTo(50);
	}

	@Test
	void anOversizedHeaderFieldAddsATenthOfAMegabyteAtLeast() {
		for (int i = Mutation.OVERSIZED_HEADER.ordinal(); i < 200; i += Mutation.values().length) {
			assertThat(mutations.mutant(i).raw()).as("mutant %d", i).hasSizeGreaterThan(Mutation.ONE_MB / 10);
		}
	}

	private static Mutant mutantOf(Mutation kind) {
		return mutations.mutant(kind.ordinal());
	}

	private static String text(Mutant mutant) {
		return new String(mutant.raw(), StandardCharsets.ISO_8859_1);
	}

}
