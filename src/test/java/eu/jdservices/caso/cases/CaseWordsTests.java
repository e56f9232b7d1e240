package eu.jdservices.caso.cases;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How texts and searches are cut into words: both languages' stems, accents folded, stop
 * words of either language left out of a search, the last word of a search a prefix
 * unless it is a number.
 */
class CaseWordsTests {

	@Test
	void aTextHasItsWordsInSpanishAndEnglishStemsWithoutAccents() {
		Set<String> words = CaseWords.of("Impresoras del almacén", "Printers offline");

		assertThat(words).contains("impresor", "almacen", "printer", "offlin").doesNotContain("almacén");
	}

	@Test
	void aSearchAsksForEachWordInEitherStemAndLeavesStopWordsOut() {
		CaseWords.Query query = CaseWords.query("Impresoras del almacén");

		assertThat(query.words()).hasSize(2);
		assertThat(query.words().get(0)).contains("impresor");
		assertThat(query.words().get(1)).containsExactly("almacen");
		assertThat(query.isPrefix(0)).isFalse();
		assertThat(query.isPrefix(1)).isTrue();
		assertThat(CaseWords.query("the de la").isEmpty()).isTrue();
	}

	@Test
	void aNumberAtTheEndIsTheWholeNumber() {
		CaseWords.Query query = CaseWords.query("#1003");

		assertThat(query.words()).containsExactly(Set.of("1003"));
		assertThat(query.isPrefix(0)).isFalse();
		assertThat(CaseWordsIndex.tsquery(CaseWords.query("srv-4242"))).isEqualTo("('srv') & ('4242')");
	}

	@Test
	void theEndOfAnAddressIsAWholeWord() {
		CaseWords.Query query = CaseWords.query("u4242@cliente242.example");

		assertThat(query.words()).hasSize(3);
		assertThat(query.isPrefix(2)).isFalse();
		assertThat(CaseWords.query("cliente242 exam").isPrefix(1)).isTrue();
	}

	@Test
	void wordsAreCutAtAWholeWordWithinTheLimit() {
		String joined = CaseWords
			.joined(new java.util.LinkedHashSet<>(List.of("a".repeat(CaseWords.MAX_CHARS - 3), "bb", "cc")));

		assertThat(joined).endsWith(" bb").hasSizeLessThanOrEqualTo(CaseWords.MAX_CHARS);
	}

}
