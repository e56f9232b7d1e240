package eu.jdservices.caso.knowledge;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import eu.jdservices.caso.intake.MailWords;

/**
 * How article texts and searches are cut into words, the same for both databases (the
 * index lives in Caso, not in the database): Lucene's standard tokenizer, lower case,
 * accents folded ("impresión" = "impresion"), the language's stop words dropped, and the
 * language's stemmer ("impresoras" = "impresora", "printers" = "printer").
 */
final class SearchAnalyzer extends Analyzer {

	private static final Map<String, SearchAnalyzer> BY_LANGUAGE = Map.of("es", new SearchAnalyzer(true), "en",
			new SearchAnalyzer(false));

	private final boolean spanish;

	private final CharArraySet stopWords;

	private SearchAnalyzer(boolean spanish) {
		this.spanish = spanish;
		CharArraySet words = spanish ? SpanishAnalyzer.getDefaultStopSet() : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
		CharArraySet folded = new CharArraySet(words.size(), true);
		words.forEach((word) -> folded.add(MailWords.fold(new String((char[]) word))));
		this.stopWords = CharArraySet.unmodifiableSet(folded);
	}

	/** The analyzer of a language: Spanish unless English. */
	static SearchAnalyzer of(String language) {
		return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("es"));
	}

	@Override
	protected TokenStreamComponents createComponents(String field) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new ASCIIFoldingFilter(stream);
		stream = new StopFilter(stream, this.stopWords);
		stream = this.spanish ? new SpanishLightStemFilter(stream) : new PorterStemFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String field, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

}
