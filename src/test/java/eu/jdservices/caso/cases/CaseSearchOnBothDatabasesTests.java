package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.support.EnabledIfPostgres;
import eu.jdservices.caso.support.MailFixtures;
import eu.jdservices.caso.support.MigratedH2;
import eu.jdservices.caso.support.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same cases searched with the same words on H2 and on PostgreSQL give the same
 * cases: Spanish and English stems, accents, the start of the last word, addresses,
 * organisations, numbers and words in any message.
 */
@EnabledIfPostgres
class CaseSearchOnBothDatabasesTests {

	private static final String DATABASE = "caso_test_search_" + ProcessHandle.current().pid();

	private static Store h2;

	private static Store postgres;

	@BeforeAll
	static void storeTheSameCasesInBoth() {
		h2 = new Store(MigratedH2.create().dataSource());
		assertThat(Postgres.recreate(Postgres.HOST_URL, Postgres.USER, DATABASE)).isNull();
		DataSource dataSource = new DriverManagerDataSource(Postgres.HOST_URL + DATABASE, Postgres.USER, "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		postgres = new Store(dataSource);
		for (Store store : List.of(h2, postgres)) {
			store.open("Impresora atascada en el almacén", "Talleres Ebro", "lucia.sanz@talleresebro.es", "es",
					"La impresora de la planta 2 no imprime desde esta mañana.");
			store.open("Printers offline in building B", "Acme Corp", "ops@acme.example", "en",
					"Both printers stopped printing after the update of srv-4242.");
			store.open("Correo lento", "Bodegas Ruiz", "ana@bodegasruiz.es", "es",
					"El servidor srv-4243 tarda en responder; las impresiones salen bien.");
		}
	}

	@AfterAll
	static void dropThePostgresDatabase() {
		Postgres.drop(Postgres.HOST_URL, Postgres.USER, DATABASE);
	}

	@Test
	void aWordFindsItsOtherFormsInSpanishAndEnglish() {
		assertThat(searched("impresoras")).containsExactly(1001L);
		assertThat(searched("printer")).containsExactly(1002L);
		assertThat(searched("PRINTING")).containsExactly(1002L);
	}

	@Test
	void accentsDoNotMatterAndTheLastWordMayBeItsStart() {
		assertThat(searched("almacen")).containsExactly(1001L);
		assertThat(searched("almacén")).containsExactly(1001L);
		assertThat(searched("lector de tarjetas del almac")).isEmpty();
		assertThat(searched("impresora del almac")).containsExactly(1001L);
	}

	@Test
	void everyWordMustBeThere() {
		assertThat(searched("srv-4242")).containsExactly(1002L);
		assertThat(searched("srv")).containsExactly(1003L, 1002L);
		assertThat(searched("impresora atascada")).containsExactly(1001L);
		assertThat(searched("impresora inexistente")).isEmpty();
	}

	@Test
	void addressesOrganisationsAndNumbersFindTheirCase() {
		assertThat(searched("lucia.sanz@talleresebro.es")).containsExactly(1001L);
		assertThat(searched("talleres ebro")).containsExactly(1001L);
		assertThat(searched("acme")).containsExactly(1002L);
		assertThat(searched("#1003")).containsExactly(1003L);
	}

	@Test
	void theWordsOfALaterMessageAreFound() {
		for (Store store : List.of(h2, postgres)) {
			store.conversation.addNote(1003, "agent@jd-services.eu", "Cambiado el disco del clúster", at());
		}
		assertThat(searched("cluster disco")).containsExactly(1003L);
	}

	@Test
	void ourAutomaticMailsAreNotSearchedButAnAgentsReplyIs() {
		for (Store store : List.of(h2, postgres)) {
			store.conversation.addOutgoing(1001,
					new OutgoingMessage(MessageKind.ACKNOWLEDGEMENT, "ack-1001@jd-services.eu", "c@jd-services.eu",
							List.of("lucia.sanz@talleresebro.es"), List.of(), "Caso abierto",
							"Hemos recibido su correo y abierto el caso; le contestará un técnico de guardia.", at(),
							null));
			store.conversation.addOutgoing(1002, new OutgoingMessage(MessageKind.REPLY, "reply-1002@jd-services.eu",
					"b@jd-services.eu", List.of("ops@acme.example"), List.of(), "Re: Printers offline",
					"The toner cartridges were replaced by the technician on call.", at(), "agent@jd-services.eu"));
		}

		assertThat(searched("tecnico de guardia")).isEmpty();
		assertThat(searched("technician toner")).containsExactly(1002L);
	}

	@Test
	void aCaseOpenedByAMailIsFoundByItsWordsAndTheMailsAndKeepsWhatTheMailSaid() {
		for (Store store : List.of(h2, postgres)) {
			NewCase newCase = new NewCase(Severity.A, "Centralita caída", "pedro@moncayo.example", "Pedro Gil",
					List.of("pedro@moncayo.example", "eva@moncayo.example"), "Telefonía Moncayo", "es",
					at().plusHours(5), null, null);
			Case opened = store.repository.insertOpened(newCase,
					List.of("+34 976 000 102", "Disponible por la tarde."));
			store.conversation.addOpening(opened,
					new IncomingMessage(1,
							OpeningCaseTests.mail("Pedro Gil", "pedro@moncayo.example", List.of("a@jd-services.eu"),
									List.of("eva@moncayo.example"), "Centralita caída",
									"Ninguna extensión recibe llamadas desde las nueve.")),
					List.of());

			assertThat(store.search.matching(text("extensiones llamada"), 10)).as("the mail's words")
				.containsExactly(opened.number());
			assertThat(store.search.matching(text("centralita eva@moncayo.example"), 10))
				.as("the case's subject and contacts")
				.containsExactly(opened.number());
			CaseQuery updated = new CaseQuery(null, null, null, null, null, null, 0, 25, false, null, null,
					CaseSort.UPDATED);
			assertThat(store.search.walk(updated)).as("sorted by last update: its mail is the latest")
				.extracting(CaseSummary::number)
				.startsWith(opened.number());
			assertThat(store.search.walk(updated).get(0).alternativeContacts()).containsExactly("+34 976 000 102",
					"Disponible por la tarde.");
		}
	}

	@Test
	void aCaseStoredBeforeItHadWordsIsFoundAfterTheBackfill() {
		for (Store store : List.of(h2, postgres)) {
			store.jdbc
				.sql("""
						INSERT INTO cases_case (number, subject, severity, status, organization, requester, language,
							created_at)
						VALUES (2001, 'Zanahorias en la cámara frigorífica', 'C', 'CLOSED', 'Huerta Sur', 'eva@huertasur.es', 'es',
							:at)""")
				.param("at", at())
				.update();
			assertThat(store.search.matching(text("zanahoria"), 10)).isEmpty();

			store.backfill.backfill();
		}
		assertThat(searched("zanahoria")).containsExactly(2001L);
		assertThat(searched("huerta sur")).containsExactly(2001L);
	}

	@Test
	void countsStopAtTheirCapAndAreExactBelowIt() {
		for (Store store : List.of(h2, postgres)) {
			CaseQuery all = new CaseQuery(null, null, null, null, null, null, 0, 25);
			assertThat(store.search.matching(all, 10)).hasSizeGreaterThanOrEqualTo(3);
			assertThat(store.search.matching(all, 1)).hasSize(2);
			assertThat(store.search.countByStatus(all, 10)).containsEntry(Status.OPEN, store.count(Status.OPEN))
				.containsEntry(Status.CLOSED, store.count(Status.CLOSED))
				.containsEntry(Status.CANCELLED, 0L);
		}
	}

	@Test
	void theCountsPerStatusOfASearchAreTheSameInBoth() {
		for (String words : List.of("srv", "impresora atascada", "printers srv-4242", "inexistente")) {
			assertThat(h2.search.countByStatus(text(words), 10)).as("'%s'", words)
				.isEqualTo(postgres.search.countByStatus(text(words), 10))
				.isEqualTo(h2.commonWords.countByStatus(text(words), 10));
		}
		assertThat(h2.search.countByStatus(text("srv"), 10)).containsEntry(Status.OPEN, 2L)
			.containsEntry(Status.CLOSED, 0L)
			.containsEntry(Status.CANCELLED, 0L);
		assertThat(h2.search.countByStatus(text("srv"), 1)).as("up to the cap + 1").containsEntry(Status.OPEN, 2L);
		assertThat(h2.search.countByStatus(text("inexistente"), 10)).containsEntry(Status.OPEN, 0L);
	}

	@Test
	void sortedByLastUpdateTheCaseWithTheLatestMessageComesFirstAlsoAfterASplit() {
		for (Store store : List.of(h2, postgres)) {
			CaseQuery updated = new CaseQuery(null, null, null, null, null, List.of(1001L, 1002L, 1003L), 0, 25, false,
					null, null, CaseSort.UPDATED);
			store.conversation.addNote(1002, "agent@jd-services.eu", "Revisado", at().plusHours(2));
			assertThat(store.search.walk(updated)).extracting(CaseSummary::number).startsWith(1002L);

			long later = store.conversation.addNote(1001, "agent@jd-services.eu", "Más tarde", at().plusHours(3));
			assertThat(store.search.walk(updated)).extracting(CaseSummary::number).startsWith(1001L, 1002L);

			store.conversation.move(1001, 1003, List.of(later));
			assertThat(store.search.walk(updated)).extracting(CaseSummary::number).startsWith(1003L, 1002L);
		}
	}

	@Test
	void aLongListIsWalkedNewestFirstWithTheSameCasesAsASortedOne() {
		for (Store store : List.of(h2, postgres)) {
			CaseQuery second = new CaseQuery(null, null, null, null, null, null, 1, 1);
			assertThat(store.search.walk(second)).extracting(CaseSummary::number)
				.isEqualTo(store.search.page(second, store.search.matching(second, 100))
					.stream()
					.map(CaseSummary::number)
					.toList());
		}
	}

	@Test
	void aListOfNumbersFindsEachOfItsCasesOnceWithTheOtherFilters() {
		for (Store store : List.of(h2, postgres)) {
			List<Long> all = store.search.matching(new CaseQuery(null, null, null, null, null, null, 0, 25), 100)
				.stream()
				.sorted()
				.toList();
			long printers = store.search.matching(text("printers"), 100).get(0);
			List<Long> listed = List.of(printers, all.get(0), all.get(0), 999_999L);
			CaseQuery open = new CaseQuery(null, null, Status.OPEN, null, null, listed, 0, 25);
			assertThat(store.search.matching(open, 100)).containsExactlyInAnyOrder(printers, all.get(0));
			assertThat(store.search.countByStatus(open, 100)).containsEntry(Status.OPEN, 2L)
				.containsEntry(Status.CLOSED, 0L);
			assertThat(store.search.walk(new CaseQuery(null, null, Status.OPEN, null, null, listed, 1, 1)))
				.extracting(CaseSummary::number)
				.containsExactly(Math.min(printers, all.get(0)));
			assertThat(store.search.matching(new CaseQuery(null, null, null, null, "printers", listed, 0, 25), 100))
				.containsExactly(printers);
			assertThat(store.search.matching(new CaseQuery(null, null, null, null, null, List.of(), 0, 25), 100))
				.isEmpty();
		}
	}

	@Test
	void theDuplicateChecksCompareTheOrganisationsLatestOpenAndWaitingCasesNewestFirst() {
		for (Store store : List.of(h2, postgres)) {
			List<Long> numbers = new ArrayList<>();
			for (Status status : List.of(Status.OPEN, Status.WAITING_FOR_CUSTOMER, Status.CLOSED, Status.OPEN,
					Status.CLOSED, Status.WAITING_FOR_CUSTOMER)) {
				long number = store.repository
					.insert(new NewCase(Severity.C, "Alta de usuario " + status, "eva@huertanorte.es", "",
							List.of("eva@huertanorte.es"), "Huerta Norte", "es", at(), null, null))
					.number();
				store.jdbc.sql("UPDATE cases_case SET status = :status WHERE number = :number")
					.param("status", status.name())
					.param("number", number)
					.update();
				numbers.add(number);
			}
			long opening = store.conversation.addIncoming(numbers.get(1),
					new IncomingMessage(1,
							MailFixtures.mail("eva@huertanorte.es", "Alta de usuario",
									"Necesitamos dar de alta a un usuario.", Map.of())),
					at(), MessageKind.MAIL, List.of());

			assertThat(store.search.openCasesOf("Huerta Norte", 3)).containsExactly(
					new CaseSearch.OpenCaseOpening(numbers.get(5), "Alta de usuario WAITING_FOR_CUSTOMER", null),
					new CaseSearch.OpenCaseOpening(numbers.get(3), "Alta de usuario OPEN", null),
					new CaseSearch.OpenCaseOpening(numbers.get(1), "Alta de usuario WAITING_FOR_CUSTOMER", opening));
			assertThat(store.search.openCasesOf("Huerta Norte", 10)).extracting(CaseSearch.OpenCaseOpening::number)
				.containsExactly(numbers.get(5), numbers.get(3), numbers.get(1), numbers.get(0));
			assertThat(store.search.openCasesOf("Huerta Sur", 10)).isEmpty();
		}
	}

	/** The cases found in both databases, after checking that both found the same. */
	private static List<Long> searched(String text) {
		CaseQuery query = new CaseQuery(null, null, null, null, text, null, 0, 100);
		List<Long> inH2 = h2.search.page(query, h2.search.matching(query, 100))
			.stream()
			.map(CaseSummary::number)
			.toList();
		List<Long> inPostgres = postgres.search.page(query, postgres.search.matching(query, 100))
			.stream()
			.map(CaseSummary::number)
			.toList();
		assertThat(inPostgres).as("PostgreSQL and H2 for '%s'", text).isEqualTo(inH2);
		assertThat(postgres.search.walk(query).stream().map(CaseSummary::number).toList())
			.as("PostgreSQL, walked newest first, for '%s'", text)
			.isEqualTo(inPostgres);
		assertThat(h2.search.walk(query).stream().map(CaseSummary::number).toList())
			.as("H2, walked newest first, for '%s'", text)
			.isEqualTo(inH2);
		assertThat(h2.commonWords.page(query, h2.commonWords.matching(query, 100))
			.stream()
			.map(CaseSummary::number)
			.toList()).as("H2, every word taken as common, for '%s'", text).isEqualTo(inH2);
		assertThat(h2.commonWords.walk(query).stream().map(CaseSummary::number).toList())
			.as("H2, every word taken as common, walked newest first, for '%s'", text)
			.isEqualTo(inH2);
		return inH2;
	}

	private static CaseQuery text(String text) {
		return new CaseQuery(null, null, null, null, text, null, 0, 100);
	}

	private static OffsetDateTime at() {
		return OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
	}

	private static final class Store {

		private final JdbcClient jdbc;

		private final CaseRepository repository;

		private final ConversationStore conversation;

		private final CaseSearch search;

		/**
		 * The same search with every word counted as common (H2 checks every case for the
		 * words instead of listing the rarest word's cases first).
		 */
		private final CaseSearch commonWords;

		private final CaseWordsBackfill backfill;

		Store(DataSource dataSource) {
			this.jdbc = JdbcClient.create(dataSource);
			CaseWordsIndex words = new CaseWordsIndex(this.jdbc, dataSource);
			this.repository = new CaseRepository(this.jdbc, words);
			this.conversation = new ConversationStore(this.jdbc, new NamedParameterJdbcTemplate(dataSource), words);
			this.search = new CaseSearch(this.jdbc, words);
			this.commonWords = new CaseSearch(this.jdbc, new CaseWordsIndex(this.jdbc, dataSource, 0));
			this.backfill = new CaseWordsBackfill(words,
					new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
		}

		void open(String subject, String organization, String requester, String language, String text) {
			long number = this.repository
				.insert(new NewCase(Severity.B, subject, requester, "", List.of(requester), organization, language,
						at(), null, null))
				.number();
			this.conversation.addNote(number, requester, text, at());
		}

		long count(Status status) {
			return this.jdbc.sql("SELECT COUNT(*) FROM cases_case WHERE status = :status")
				.param("status", status.name())
				.query(Long.class)
				.single();
		}

	}

}
