package eu.jdservices.caso.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.support.MailFixtures;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Threading}: a reply finds its case by In-Reply-To, then by References (newest
 * first), then by the subject tag, with the reply headers each mail client writes.
 */
class ThreadingTests {

	static final List<String> REPLIES = MailFixtures.REPLIES;

	/** Our acknowledgement of case 1042 (first in every References chain). */
	static final String ACKNOWLEDGEMENT = "caso.5b0e7f3c-1d2a-4c8e-9f61-2a7d3e4b5c6d@jd-services.eu";

	/** Our answer to case 1042 that most fixtures reply to. */
	static final String ANSWER = "caso.0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f@jd-services.eu";

	@Test
	void outlookReplyIsThreadedByInReplyTo() {
		ParsedMail mail = MailFixtures.reply("outlook-es-reply-all.eml");

		assertThat(Threading.find(mail, known(Map.of(ANSWER, 1042L)))).hasValue(new Threading.Match(1042, true));
	}

	@Test
	void inReplyToIsAskedBeforeReferences() {
		ParsedMail mail = MailFixtures.reply("outlook-es-reply-all.eml");

		// after a split, the acknowledgement and the answer belong to different cases
		assertThat(Threading.find(mail, known(Map.of(ACKNOWLEDGEMENT, 1042L, ANSWER, 1077L))))
			.hasValue(new Threading.Match(1077, true));
	}

	@Test
	void newestKnownReferenceWinsWhenInReplyToIsUnknown() {
		// Thunderbird: References = acknowledgement, the customer's own earlier mail, our
		// answer
		ParsedMail mail = MailFixtures.reply("thunderbird-es-reply-all.eml");
		String customersEarlierMail = "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e@cliente-ejemplo.es";

		assertThat(mail.references()).containsExactly(ACKNOWLEDGEMENT, customersEarlierMail, ANSWER);
		assertThat(Threading.find(mail, known(Map.of(ACKNOWLEDGEMENT, 1000L, customersEarlierMail, 1042L))))
			.hasValue(new Threading.Match(1042, true));
	}

	@Test
	void gmailReferencesChainWhereOnlyTheOldestIdIsOursStillThreads() {
		ParsedMail mail = MailFixtures.reply("gmail-en-reply-all.eml");

		assertThat(mail.references()).hasSize(4).first().isEqualTo(ACKNOWLEDGEMENT);
		assertThat(Threading.find(mail, known(Map.of(ACKNOWLEDGEMENT, 1042L))))
			.hasValue(new Threading.Match(1042, true));
	}

	@Test
	void outlookReferencesFromCorpusWhereOnlyTheOldestIdIsKnownThreads() {
		// German Outlook 2010: References = <first mail> <the helpdesk's answer>
		ParsedMail mail = MailFixtures.corpus("mail012.box");
		String first = "C5CF9FFBA05BC444BD09DA090F6540E4016214@EX2010-MB2.example.local";

		assertThat(mail.references()).first().isEqualTo(first);
		assertThat(Threading.find(mail, known(Map.of(first, 11995L)))).hasValue(new Threading.Match(11995, true));
	}

	@Test
	void thunderbirdReplyFromCorpusIsThreadedByInReplyTo() {
		ParsedMail mail = MailFixtures.corpus("mail005.box");

		assertThat(Threading.find(mail, known(Map.of("20120507061007.259.822311@portal.znuny.com", 11162L))))
			.hasValue(new Threading.Match(11162, true));
	}

	@Test
	void replyHeadersWinOverTheSubjectTag() {
		// the subject says [Caso #1042]; the mail it answers was merged into case 1077
		ParsedMail mail = MailFixtures.reply("gmail-es-reply-all.eml");

		assertThat(Threading.find(mail, known(Map.of(ANSWER, 1077L)))).hasValue(new Threading.Match(1077, true));
	}

	@ParameterizedTest
	@FieldSource("REPLIES")
	void subjectTagThreadsAReplyWhoseHeadersNameNoKnownMessage(String fixture) {
		ParsedMail mail = MailFixtures.reply(fixture);

		assertThat(Threading.find(mail, known(Map.of()))).hasValue(new Threading.Match(1042, false));
	}

	@Test
	void tagInTheQuotedHistoryAloneThreadsNothing() {
		ParsedMail mail = MailFixtures.parse(TestMails.mail(TestMails.newMessageId(), "marta.lopez@cliente-ejemplo.es",
				List.of("b@jd-services.eu"), List.of(), "Escáner de recepción", """
						El escáner tampoco funciona.

						El 25/11/26 a las 10:15, JD Services escribió:
						> [Caso #1040] Impresora de recepción no imprime
						"""));

		assertThat(Threading.find(mail, known(Map.of()))).isEmpty();
	}

	@Test
	void newMailWithoutReplyHeadersOrTagIsNew() {
		ParsedMail mail = MailFixtures.parse(TestMails.mail(TestMails.newMessageId(), "marta.lopez@cliente-ejemplo.es",
				List.of("b@jd-services.eu"), List.of(), "Impresora de recepción no imprime", "No imprime."));

		assertThat(Threading.find(mail, known(Map.of(ANSWER, 1042L)))).isEmpty();
		assertThat(Threading.hasReplyHeaders(mail)).isFalse();
	}

	@Test
	void unknownReplyHeadersAndNoTagMeanANewCase() {
		ParsedMail mail = MailFixtures.reply("RE: Impresora", List.of("unknown@mail.customer.test"),
				List.of("older@mail.customer.test", "unknown@mail.customer.test"));

		assertThat(Threading.find(mail, known(Map.of()))).isEmpty();
	}

	@Test
	void referencesAloneWithoutInReplyToThread() {
		ParsedMail mail = MailFixtures.reply("RE: Impresora", List.of(), List.of(ACKNOWLEDGEMENT, ANSWER));

		assertThat(Threading.find(mail, known(Map.of(ACKNOWLEDGEMENT, 1000L, ANSWER, 1042L))))
			.hasValue(new Threading.Match(1042, true));
		assertThat(Threading.hasReplyHeaders(mail)).isTrue();
	}

	@ParameterizedTest
	@FieldSource("REPLIES")
	void everyMailClientsReplyHasReplyHeaders(String fixture) {
		ParsedMail mail = MailFixtures.reply(fixture);

		assertThat(Threading.hasReplyHeaders(mail)).isTrue();
		assertThat(mail.inReplyTo()).singleElement().asString().endsWith("@jd-services.eu");
	}

	@Test
	void aMailOfFiftyThousandReferencesIsLookedUpByItsNewestAndItsFirstOnly() {
		List<String> references = new ArrayList<>(List.of(ACKNOWLEDGEMENT));
		for (int i = 1; i < 50_000; i++) {
			references.add("id" + i + "@customer.test");
		}
		ParsedMail mail = MailFixtures.reply("RE: Impresora", List.of(), references);
		List<String> asked = new ArrayList<>();
		Function<String, Optional<Long>> lookUp = (id) -> {
			asked.add(id);
			return known(Map.of(ACKNOWLEDGEMENT, 1042L)).apply(id);
		};

		assertThat(Threading.find(mail, lookUp)).hasValue(new Threading.Match(1042, true));
		assertThat(asked).hasSize(101).startsWith("id49999@customer.test").endsWith(ACKNOWLEDGEMENT);
	}

	@Test
	void anAnswerKeepsTheFirstAndTheNewestReferencesOfALongChain() {
		List<String> references = new ArrayList<>();
		for (int i = 0; i < 50_000; i++) {
			references.add("id" + i + "@customer.test");
		}
		references.add("x".repeat(1_000_000));

		InReplyTo answering = new InReplyTo("y".repeat(1_000_000), references);

		assertThat(answering.messageId()).isNull();
		assertThat(answering.references()).hasSize(20)
			.startsWith("id0@customer.test", "id49981@customer.test")
			.endsWith("id49999@customer.test");
	}

	private static Function<String, Optional<Long>> known(Map<String, Long> caseOfMessageId) {
		return (id) -> Optional.ofNullable(caseOfMessageId.get(id));
	}

}
