package eu.jdservices.caso.bench;

import java.util.List;

import eu.jdservices.caso.bench.ReplayReport.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayReportTests {

	private static List<Outcome> replay(long firstCase, String replyReason) {
		return List.of(
				new Outcome("zammad-mail/mail001.box", "250", "CASE_OPENED", List.of("VAGUE_SUBJECT", "AUTO_REPLY"),
						List.of("SHARED_MAILBOX", "CALL_REQUEST_ONLY"), "C", firstCase),
				new Outcome("mail/replies/gmail-es-reply-all.eml", "250", "APPENDED", List.of(replyReason), List.of(),
						"C", firstCase),
				new Outcome("mail/policy/outage-es.eml", "250", "CASE_OPENED", List.of(), List.of(), "A",
						firstCase + 1),
				new Outcome("fuzz/3 NUL_BYTES of mail042.box", "550", "NOT_STORED", List.of(), List.of(), "-", null));
	}

	@Test
	void aLineNamesTheCaseByTheFirstMailInItAndSortsTheCodes() {
		List<String> lines = ReplayReport.lines(replay(1001, "REPLY"));

		assertThat(lines)
			.containsExactly("zammad-mail/mail001.box | smtp 250 | CASE_OPENED | reasons [AUTO_REPLY, VAGUE_SUBJECT]"
					+ " | findings [CALL_REQUEST_ONLY, SHARED_MAILBOX] | severity C | case of zammad-mail/mail001.box",
					"mail/replies/gmail-es-reply-all.eml | smtp 250 | APPENDED | reasons [REPLY] | findings []"
							+ " | severity C | case of zammad-mail/mail001.box",
					"mail/policy/outage-es.eml | smtp 250 | CASE_OPENED | reasons [] | findings [] | severity A"
							+ " | case of mail/policy/outage-es.eml",
					"fuzz/3 NUL_BYTES of mail042.box | smtp 550 | NOT_STORED | reasons [] | findings [] | severity -"
							+ " | no case");
	}

	@Test
	void renumberedCasesAreNotADifference() {
		assertThat(ReplayReport.differences(ReplayReport.lines(replay(1001, "REPLY")),
				ReplayReport.lines(replay(5042, "REPLY"))))
			.isEmpty();
	}

	@Test
	void aDifferingReasonCodeIsReportedWithBothLines() {
		List<String> differences = ReplayReport.differences(ReplayReport.lines(replay(1001, "REPLY")),
				ReplayReport.lines(replay(1001, "AUTO_REPLY")));

		assertThat(differences).containsExactly(
				"- mail/replies/gmail-es-reply-all.eml | smtp 250 | APPENDED | reasons [REPLY] | findings []"
						+ " | severity C | case of zammad-mail/mail001.box",
				"+ mail/replies/gmail-es-reply-all.eml | smtp 250 | APPENDED | reasons [AUTO_REPLY] | findings []"
						+ " | severity C | case of zammad-mail/mail001.box");
	}

	@Test
	void aReplyThreadedIntoAnotherCaseIsReported() {
		List<Outcome> threadedElsewhere = List.of(replay(1001, "REPLY").get(0),
				new Outcome("mail/replies/gmail-es-reply-all.eml", "250", "APPENDED", List.of("REPLY"), List.of(), "C",
						1002L),
				new Outcome("mail/policy/outage-es.eml", "250", "CASE_OPENED", List.of(), List.of(), "A", 1002L),
				replay(1001, "REPLY").get(3));

		assertThat(ReplayReport.differences(ReplayReport.lines(replay(1001, "REPLY")),
				ReplayReport.lines(threadedElsewhere)))
			.anySatisfy((line) -> assertThat(line).startsWith("+ mail/replies/gmail-es-reply-all.eml")
				.endsWith("case of mail/replies/gmail-es-reply-all.eml"));
	}

	@Test
	void aMailOnlyOneReplayHasIsReported() {
		List<String> base = ReplayReport.lines(replay(1001, "REPLY"));

		assertThat(ReplayReport.differences(base, base.subList(0, 3))).containsExactly("- " + base.get(3),
				"+ fuzz/3 NUL_BYTES of mail042.box | (not replayed)");
	}

	@Test
	void theSummaryCountsDecisionsAndCodes() {
		String summary = ReplayReport.summary(ReplayReport.lines(replay(1001, "REPLY")));

		assertThat(summary).contains("decisions {APPENDED=1, CASE_OPENED=2, NOT_STORED=1}")
			.contains("reason codes {AUTO_REPLY=1, REPLY=1, VAGUE_SUBJECT=1}")
			.contains("finding codes {CALL_REQUEST_ONLY=1, SHARED_MAILBOX=1}");
	}

}
