package eu.jdservices.caso.cases;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases stored before they had search words ({@code V110}) get them after start, in the
 * background, a batch per transaction; until then a search does not find them.
 */
@Component
class CaseWordsBackfill {

	private static final Logger log = LoggerFactory.getLogger(CaseWordsBackfill.class);

	private static final int BATCH = 200;

	private final CaseWordsIndex words;

	private final TransactionTemplate transactions;

	CaseWordsBackfill(CaseWordsIndex words, TransactionTemplate transactions) {
		this.words = words;
		this.transactions = transactions;
	}

	@Async
	@EventListener(ApplicationReadyEvent.class)
	void backfill() {
		long done = 0;
		long after = 0;
		while (true) {
			List<Long> numbers = this.words.withoutWords(after, BATCH);
			if (numbers.isEmpty()) {
				break;
			}
			this.transactions.executeWithoutResult((status) -> numbers.forEach(this.words::refresh));
			done += numbers.size();
			after = numbers.get(numbers.size() - 1);
		}
		if (done > 0) {
			log.info("Search words added to {} cases stored before them", done);
		}
	}

}
