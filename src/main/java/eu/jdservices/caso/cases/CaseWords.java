package eu.jdservices.caso.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words a case is found by, the same on H2 and PostgreSQL because Caso cuts them, not
 * the database: Lucene's standard tokenizer, lower case, accents folded ("almacén" =
 * "almacen"), and each word stemmed as Spanish and as English ("impresoras" and
 * "impresora", "printers" and "printer" find each other), a language's stop words left
 * out in that language.
 */
final class CaseWords {

	/**
	 * At most this many characters of words per case (PostgreSQL keeps a tsvector under 1
	 * MB).
	 */
	static final int MAX_CHARS = 500_000;

	private static final Analyzer TOKENS = analyzer(null, false);

	private static final Analyzer SPANISH = analyzer(SpanishAnalyzer.getDefaultStopSet(), true);

	private static final Analyzer ENGLISH = analyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);

	private CaseWords() {
	}

	/**
	 * The words of texts (subject, addresses, mail texts), each once, in order of
	 * appearance.
	 */
	static Set<String> of(String... texts) {
		Set<String> words = new LinkedHashSet<>();
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				words.addAll(terms(SPANISH, text, false));
				words.addAll(terms(ENGLISH, text, false));
			}
		}
		return words;
	}

	/**
	 * What a search asks for: every word of it but the stop words of either language,
	 * each in either of its stems; the last one may be the start of a word (searching as
	 * one types: "almac" finds "almacén"), unless it is a number ("#1003" is not "10031")
	 * or the end of an address or a domain ("example" in "ana@acme.example", which would
	 * otherwise read the words of every case under that domain).
	 */
	static Query query(String text) {
		String searched = (text != null) ? text : "";
		List<Set<String>> words = new ArrayList<>();
		boolean lastIsPrefix = false;
		try (TokenStream stream = TOKENS.tokenStream("text", searched)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String token = term.toString();
				List<String> spanish = terms(SPANISH, token, true);
				List<String> english = terms(ENGLISH, token, true);
				// a stop word of either language says nothing ("del", "the")
				if (!spanish.isEmpty() && !english.isEmpty()) {
					Set<String> stems = new LinkedHashSet<>(spanish);
					stems.addAll(english);
					words.add(stems);
					int start = offset.startOffset();
					char before = (start > 0) ? searched.charAt(start - 1) : ' ';
					lastIsPrefix = token.chars().anyMatch(Character::isLetter) && before != '@' && before != '.';
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Query(words, lastIsPrefix);
	}

	/** Words joined by spaces, cut at a whole word within {@link #MAX_CHARS}. */
	static String joined(Set<String> words) {
		return joined(words, MAX_CHARS);
	}

	/** Words joined by spaces, cut at a whole word within {@code max} characters. */
	static String joined(Set<String> words, int max) {
		StringBuilder joined = new StringBuilder();
		for (String word : words) {
			if (joined.length() + word.length() + 1 > max) {
				break;
			}
			if (!joined.isEmpty()) {
				joined.append(' ');
			}
			joined.append(word);
		}
		return joined.toString();
	}

	private static List<String> terms(Analyzer analyzer, String text, boolean oneToken) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(oneToken ? "token" : "text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() > 0) {
					terms.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * Lower case and folded; with stop words, also without them and stemmed. The field
	 * {@code token} takes its text as one word (a word the tokenizer already cut).
	 */
	private static Analyzer analyzer(CharArraySet stopWords, boolean spanish) {
		CharArraySet folded = (stopWords != null) ? folded(stopWords) : null;
		return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				org.apache.lucene.analysis.Tokenizer source = "token".equals(field) ? new KeywordTokenizer()
						: new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				if (folded != null) {
					stream = new StopFilter(stream, folded);
					stream = spanish ? new SpanishLightStemFilter(stream) : new PorterStemFilter(stream);
				}
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	private static CharArraySet folded(CharArraySet words) {
		CharArraySet folded = new CharArraySet(words.size(), true);
		words.forEach((word) -> folded.add(eu.jdservices.caso.intake.MailWords.fold(new String((char[]) word))));
		return CharArraySet.unmodifiableSet(folded);
	}

	/**
	 * A search: all of {@code words} must be there, each in one of its forms.
	 *
	 * @param words per word of the search, its forms (its Spanish and English stems)
	 * @param lastIsPrefix the last word may be the start of a longer one
	 */
	record Query(List<Set<String>> words, boolean lastIsPrefix) {

		Query {
			words = List.copyOf(words);
		}

		/** Nothing to look for: the text had no words (only stop words or signs). */
		boolean isEmpty() {
			return this.words.isEmpty();
		}

		/** Whether the word at this index may be the start of a longer one. */
		boolean isPrefix(int index) {
			return this.lastIsPrefix && index == this.words.size() - 1;
		}

	}

}
