package eu.jdservices.caso.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The search index of the knowledge base, in memory (Lucene): one document per
 * translation, its title and body cut into words by the {@link SearchAnalyzer} of its
 * language. Built from the database at start and kept up to date by every change; the
 * same searches give the same results on H2 and PostgreSQL.
 */
final class KnowledgeIndex implements AutoCloseable {

	static final List<String> LANGUAGES = List.of("es", "en");

	/** A title word counts this many times a body word. */
	private static final float TITLE_BOOST = 2.5f;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	KnowledgeIndex() {
		try {
			Map<String, Analyzer> fields = new java.util.HashMap<>();
			for (String language : LANGUAGES) {
				fields.put("title_" + language, SearchAnalyzer.of(language));
				fields.put("body_" + language, SearchAnalyzer.of(language));
			}
			Analyzer analyzer = new PerFieldAnalyzerWrapper(SearchAnalyzer.of("es"), fields);
			this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
			this.writer.commit();
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces the whole index with these articles. */
	synchronized void rebuild(Collection<Article> articles) {
		try {
			this.writer.deleteAll();
			for (Article article : articles) {
				add(article);
			}
			refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Indexes an article as it is now (its translations replace the old ones). */
	synchronized void put(Article article) {
		try {
			this.writer.deleteDocuments(new Term("article", String.valueOf(article.id())));
			add(article);
			refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void remove(long articleId) {
		try {
			this.writer.deleteDocuments(new Term("article", String.valueOf(articleId)));
			refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The best matches of a search.
	 * @param text what was searched for
	 * @param language the language to search in; {@code null} for both
	 * @param publicOnly only what the public may read
	 * @param match how many of the search's words an article must contain
	 * @param limit at most this many
	 * @return article, language and score, best first
	 */
	List<Hit> search(String text, String language, boolean publicOnly, Match match, int limit) {
		List<String> languages = (language != null && LANGUAGES.contains(language)) ? List.of(language) : LANGUAGES;
		List<Hit> hits = new ArrayList<>();
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				for (String lang : languages) {
					Set<String> words = words(text, lang).stream()
						.limit(match.maxWords())
						.collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
					if (words.isEmpty()) {
						continue;
					}
					BooleanQuery.Builder query = new BooleanQuery.Builder();
					for (String word : words) {
						query.add(new BooleanQuery.Builder()
							.add(new BoostQuery(new TermQuery(new Term("title_" + lang, word)), TITLE_BOOST),
									Occur.SHOULD)
							.add(new TermQuery(new Term("body_" + lang, word)), Occur.SHOULD)
							.build(), Occur.SHOULD);
					}
					query.setMinimumNumberShouldMatch(match.required(words.size()));
					query.add(new TermQuery(new Term("language", lang)), Occur.FILTER);
					if (publicOnly) {
						query.add(new TermQuery(new Term("public", "true")), Occur.FILTER);
					}
					for (ScoreDoc found : searcher.search(query.build(), limit).scoreDocs) {
						Document document = searcher.storedFields().document(found.doc);
						hits.add(new Hit(document.getField("id").numericValue().longValue(), lang, found.score));
					}
				}
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		hits.sort((a, b) -> Float.compare(b.score(), a.score()));
		return hits.subList(0, Math.min(limit, hits.size()));
	}

	/** The distinct words of a text as the index of that language knows them. */
	static Set<String> words(String text, String language) {
		Set<String> words = new LinkedHashSet<>();
		try (TokenStream stream = SearchAnalyzer.of(language).tokenStream("body_" + language, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && words.size() < IndexSearcher.getMaxClauseCount() / 4) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	private void add(Article article) throws IOException {
		for (Article.Translation translation : article.translations().values()) {
			Document document = new Document();
			document.add(new StringField("article", String.valueOf(article.id()), Field.Store.NO));
			document.add(new StoredField("id", article.id()));
			document.add(new StringField("language", translation.language(), Field.Store.NO));
			document.add(new StringField("public", String.valueOf(article.isPublic()), Field.Store.NO));
			document.add(new TextField("title_" + translation.language(), translation.title(), Field.Store.NO));
			document.add(new TextField("body_" + translation.language(), translation.body(), Field.Store.NO));
			this.writer.addDocument(document);
		}
	}

	private void refresh() throws IOException {
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
	}

	/**
	 * How many words of a search an article must contain: the share of its first
	 * {@code maxWords} distinct words, and at least {@code floor} of them (or all when it
	 * has fewer).
	 *
	 * @param share between 0 and 1
	 * @param floor at least this many
	 * @param maxWords the words of the search that count
	 */
	record Match(double share, int floor, int maxWords) {

		/** Any one word of the first 32. */
		static final Match ANY = new Match(0, 1, 32);

		int required(int words) {
			return Math.max(1, Math.max(Math.min(this.floor, words), (int) Math.ceil(this.share * words)));
		}

	}

	/**
	 * A match.
	 *
	 * @param articleId the article
	 * @param language the translation that matched
	 * @param score Lucene's BM25 score
	 */
	record Hit(long articleId, String language, float score) {
	}

}
