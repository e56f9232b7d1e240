package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of a case, without Spring or a database: given a case, when a command, then
 * these events and changes, or this refusal.
 */
class CaseTests {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T10:00:00+01:00");

	static final InReplyTo THREAD = new InReplyTo("last@jd-services.eu", List.of("first@jd-services.eu"));

	static final String MARIO = "mario@talleresebro.es";

	static final String LUCIA = "lucia@talleresebro.es";

	static Case aCase(Status status, Severity severity) {
		return new Case(new CaseFacts(1042, "VPN caída", "Talleres Ebro", MARIO, "Mario Pueyo", "es", NOW.minusDays(1)),
				severity, status, null, null, null, null, List.of(MARIO, LUCIA), Set.of());
	}

	/** Case 1050, another one. */
	static Case other(Status status, Long mergedInto, List<String> contacts) {
		return new Case(new CaseFacts(1050, "Otro", null, contacts.get(0), "", "es", NOW), Severity.B, status, null,
				null, mergedInto, null, contacts, Set.of());
	}

	static Case open() {
		return aCase(Status.OPEN, Severity.B);
	}

	static void refuses(Runnable command, CaseActionRefused.Refusal refusal) {
		assertThatThrownBy(command::run).isInstanceOfSatisfying(CaseActionRefused.class,
				(refused) -> assertThat(refused.refusal()).isEqualTo(refusal));
	}

	@Nested
	class CustomerWriting {

		@Test
		void aContactsMailAddsThePeopleInCopyAndWhatWasFound() {
			Case current = open();

			List<CaseEvent> events = current.customerWrote(new CustomerMail(LUCIA, List.of("ana@talleresebro.es"),
					List.of(NewFinding.of(Reason.SEPARATE_MAIL, "new mail", NOW)), NOW));

			assertThat(events).singleElement().isEqualTo(new CustomerWrote(1042, Severity.B, NOW));
			assertThat(current.contacts()).containsExactly(MARIO, LUCIA, "ana@talleresebro.es");
			assertThat(current.changes().addedContacts()).containsExactly("ana@talleresebro.es");
			assertThat(current.changes().findings()).extracting(NewFinding::code)
				.containsExactly(Reason.CONTACT_ADDED, Reason.SEPARATE_MAIL);
			assertThat(current.changes().findings().get(0).rule()).isEqualTo("S1.5");
			assertThat(current.changes().history()).extracting(CaseDetails.Change::event)
				.containsExactly(HistoryEvent.CONTACT_ADDED);
		}

		@Test
		void theCustomersAnswerReopensACaseWaitingForThem() {
			Case current = aCase(Status.WAITING_FOR_CUSTOMER, Severity.B);

			current.customerWrote(new CustomerMail(MARIO, List.of(), List.of(), NOW));

			assertThat(current.status()).isEqualTo(Status.OPEN);
			assertThat(current.changes().history()).singleElement()
				.satisfies((change) -> assertThat(change.detail())
					.isEqualTo("WAITING_FOR_CUSTOMER -> OPEN: the customer replied"));
		}

		@Test
		void someoneWhoIsNoContactCannotAddToTheCase() {
			refuses(() -> open().customerWrote(new CustomerMail("stranger@evil.test", List.of(), List.of(), NOW)),
					CaseActionRefused.Refusal.NOT_A_CONTACT);
		}

		@Test
		void anEndedCaseIsNeverReopenedByMail() {
			refuses(() -> aCase(Status.CLOSED, Severity.B)
				.customerWrote(new CustomerMail(MARIO, List.of(), List.of(), NOW)), CaseActionRefused.Refusal.NOT_OPEN);
		}

	}

	@Nested
	class AgentsAnswering {

		@Test
		void aReplyGoesToTheContactsAndMeetsTheResponseTarget() {
			List<CaseEvent> events = open().reply("agent@jd-services.eu", "Lo miramos.", THREAD, NOW);

			assertThat(events).hasSize(2);
			assertThat(events.get(0)).isInstanceOfSatisfying(MailToContactsRequested.class, (mail) -> {
				assertThat(mail.kind()).isEqualTo(MessageKind.REPLY);
				assertThat(mail.text()).isEqualTo("Lo miramos.");
				assertThat(mail.thread()).isEqualTo(THREAD);
				assertThat(mail.snapshot().requesterName()).isEqualTo("Mario Pueyo");
			});
			assertThat(events.get(1)).isEqualTo(new AgentResponded(1042, NOW));
		}

		@Test
		void askingForInformationMakesTheCaseWaitAndStartsTheCustomersWindow() {
			Case current = open();

			List<CaseEvent> events = current.requestInformation("agent@jd-services.eu", "¿Qué usuarios?", THREAD, NOW);

			assertThat(current.status()).isEqualTo(Status.WAITING_FOR_CUSTOMER);
			assertThat(events).extracting((event) -> event.getClass().getSimpleName())
				.containsExactly("MailToContactsRequested", "AgentResponded", "CustomerAsked");
			assertThat(events.get(2)).isEqualTo(new CustomerAsked(1042, Severity.B, NOW));
		}

		@Test
		void anEndedCaseGetsNoReplyNorQuestion() {
			Case closed = aCase(Status.CLOSED, Severity.B);

			refuses(() -> closed.reply("agent", "x", THREAD, NOW), CaseActionRefused.Refusal.NOT_OPEN);
			refuses(() -> closed.requestInformation("agent", "x", THREAD, NOW), CaseActionRefused.Refusal.NOT_OPEN);
		}

	}

	@Nested
	class Ending {

		@Test
		void closingEndsTheCaseAndTellsTheContacts() {
			Case current = open();

			List<CaseEvent> events = current.close("agent@jd-services.eu", "Resuelto.", THREAD, NOW);

			assertThat(current.isEnded()).isTrue();
			assertThat(current.status()).isEqualTo(Status.CLOSED);
			assertThat(current.endedAt()).isEqualTo(NOW);
			assertThat(((MailToContactsRequested) events.get(0)).kind()).isEqualTo(MessageKind.CLOSURE);
			assertThat(events.get(1)).isEqualTo(new CaseEnded(1042, Status.CLOSED, NOW));
		}

		@Test
		void cancellingEndsTheCaseAsCancelled() {
			Case current = open();

			current.cancel("agent@jd-services.eu", "Ya no hace falta.", THREAD, NOW);

			assertThat(current.status()).isEqualTo(Status.CANCELLED);
			assertThat(current.isEnded()).isTrue();
		}

		@Test
		void anEndedCaseCannotEndAgain() {
			refuses(() -> aCase(Status.CANCELLED, Severity.C).close("agent", "x", THREAD, NOW),
					CaseActionRefused.Refusal.NOT_OPEN);
		}

	}

	@Nested
	class Changing {

		@Test
		void aNewSeverityIsToldToTheContactsFromItsAddress() {
			Case current = open();

			List<CaseEvent> events = current.change("agent", Severity.A, null, null, THREAD, NOW);

			assertThat(current.severity()).isEqualTo(Severity.A);
			assertThat(events).singleElement().isInstanceOfSatisfying(MailToContactsRequested.class, (mail) -> {
				assertThat(mail.kind()).isEqualTo(MessageKind.SEVERITY_CHANGE);
				assertThat(mail.previousSeverity()).isEqualTo(Severity.B);
				assertThat(mail.snapshot().severity()).isEqualTo(Severity.A);
			});
		}

		@Test
		void teamAndAssigneeChangeWithoutMailAndBlankClearsThem() {
			Case current = open();

			assertThat(current.change("lead", null, "Sistemas", "ana@jd-services.eu", THREAD, NOW))
				.noneMatch(MailToContactsRequested.class::isInstance);
			assertThat(current.team()).isEqualTo("Sistemas");
			assertThat(current.change("lead", null, " ", null, THREAD, NOW)).isEmpty();

			assertThat(current.team()).isNull();
			assertThat(current.assignee()).isEqualTo("ana@jd-services.eu");
			assertThat(current.changes().history()).extracting(CaseDetails.Change::detail)
				.containsExactly("team=Sistemas, assignee=ana@jd-services.eu",
						"team=null, assignee=ana@jd-services.eu");
		}

		@Test
		void aNewAssigneeIsAnAssignmentButTheSameOneOrNoneIsNot() {
			Case current = open();

			assertThat(current.change("lead", null, null, "ana@jd-services.eu", THREAD, NOW)).singleElement()
				.isEqualTo(new CaseAssigned(current.number(), current.facts().subject(), "ana@jd-services.eu", "lead",
						NOW));
			assertThat(current.change("lead", null, "Sistemas", "ana@jd-services.eu", THREAD, NOW)).isEmpty();
			assertThat(current.change("lead", null, null, "", THREAD, NOW)).isEmpty();
			assertThat(current.assignee()).isNull();
		}

		@Test
		void theSeverityOfAnEndedCaseChangesSilently() {
			assertThat(aCase(Status.CLOSED, Severity.B).change("agent", Severity.C, null, null, THREAD, NOW)).isEmpty();
		}

	}

	@Nested
	class TheCustomersClock {

		@Test
		void aCustomerWeWaitForIsReminded() {
			Case current = aCase(Status.WAITING_FOR_CUSTOMER, Severity.B);

			List<CaseEvent> events = current.remindCustomer(NOW.plusHours(4), THREAD, NOW);

			assertThat(events).singleElement().isInstanceOfSatisfying(MailToContactsRequested.class, (mail) -> {
				assertThat(mail.kind()).isEqualTo(MessageKind.REMINDER);
				assertThat(mail.dueAt()).isEqualTo(NOW.plusHours(4));
			});
			assertThat(current.changes().history()).extracting(CaseDetails.Change::event)
				.containsExactly(HistoryEvent.REMINDER);
		}

		@Test
		void aCaseThatNoLongerWaitsGetsNoReminderAndNoSilence() {
			assertThat(open().remindCustomer(NOW, THREAD, NOW)).isEmpty();
			assertThat(open().customerSilent(THREAD, NOW)).isEmpty();
		}

		@Test
		void silenceLowersAnACaseToBAndItsWindowStartsAgain() {
			Case current = aCase(Status.WAITING_FOR_CUSTOMER, Severity.A);

			List<CaseEvent> events = current.customerSilent(THREAD, NOW);

			assertThat(current.severity()).isEqualTo(Severity.B);
			assertThat(current.status()).isEqualTo(Status.WAITING_FOR_CUSTOMER);
			assertThat(events).containsExactly(new CustomerAsked(1042, Severity.B, NOW, Severity.A));
			assertThat(current.changes().history()).singleElement()
				.satisfies((change) -> assertThat(change.detail())
					.isEqualTo("A -> B: no answer within the customer's window (S2.6)"));
		}

		@Test
		void silenceCancelsACCaseAndTellsTheContactsWhy() {
			Case current = aCase(Status.WAITING_FOR_CUSTOMER, Severity.C);

			List<CaseEvent> events = current.customerSilent(THREAD, NOW);

			assertThat(current.status()).isEqualTo(Status.CANCELLED);
			assertThat(events.get(0)).isInstanceOfSatisfying(MailToContactsRequested.class, (mail) -> {
				assertThat(mail.kind()).isEqualTo(MessageKind.SILENCE_CANCELLATION);
				assertThat(mail.author()).isNull();
			});
			assertThat(events.get(1)).isEqualTo(new CaseEnded(1042, Status.CANCELLED, NOW));
		}

	}

	@Nested
	class MergingSplittingLinking {

		@Test
		void aMergedCaseLivesOnInTheSurvivor() {
			Case merged = open();
			Case survivor = other(Status.OPEN, null, List.of("pepe@talleresebro.es", LUCIA));

			List<CaseEvent> events = CaseRelations.merge(merged, survivor, 1050, "agent", NOW);

			assertThat(events).containsExactly(new CaseEnded(1042, Status.CLOSED, NOW));
			assertThat(merged.status()).isEqualTo(Status.CLOSED);
			assertThat(merged.mergedInto()).isEqualTo(1050);
			assertThat(survivor.contacts()).containsExactly("pepe@talleresebro.es", LUCIA, MARIO);
			assertThat(merged.links()).containsExactly(new CaseLink(LinkType.MERGED_INTO, 1050));
			assertThat(survivor.links()).containsExactly(new CaseLink(LinkType.MERGED_FROM, 1042));
		}

		@Test
		void aCaseMergesNeitherIntoItselfNorIntoACaseMergedIntoIt() {
			Case current = open();
			Case other = other(Status.CLOSED, 1042L, List.of(MARIO));

			refuses(() -> CaseRelations.merge(current, current, 1042, "agent", NOW),
					CaseActionRefused.Refusal.MERGE_SELF);
			refuses(() -> CaseRelations.merge(current, other, 1042, "agent", NOW),
					CaseActionRefused.Refusal.MERGE_CYCLE);
		}

		@Test
		void someButNotAllMessagesSplitOffIntoACaseLikeThisOne() {
			Case current = open();

			NewCase split = CaseRelations.splitOff(current, List.of(1L, 2L, 3L), List.of(2L), "Segundo problema", NOW);

			assertThat(split.subject()).isEqualTo("Segundo problema");
			assertThat(split.contacts()).containsExactly(MARIO, LUCIA);
			assertThat(split.severity()).isEqualTo(Severity.B);
			refuses(() -> CaseRelations.splitOff(current, List.of(1L, 2L), List.of(), "x", NOW),
					CaseActionRefused.Refusal.SPLIT_EMPTY);
			refuses(() -> CaseRelations.splitOff(current, List.of(1L, 2L), List.of(9L), "x", NOW),
					CaseActionRefused.Refusal.SPLIT_UNKNOWN_MESSAGE);
			refuses(() -> CaseRelations.splitOff(current, List.of(1L, 2L), List.of(1L, 2L), "x", NOW),
					CaseActionRefused.Refusal.SPLIT_ALL);
		}

		@Test
		void linkedCasesShowTheLinkOnBothSidesButACaseIsNotLinkedToItself() {
			Case current = open();
			Case other = other(Status.OPEN, null, List.of(MARIO));

			CaseRelations.link(current, other, LinkType.CAUSED_BY, "agent", NOW);

			assertThat(current.changes().links()).containsExactly(new CaseLink(LinkType.CAUSED_BY, 1050));
			assertThat(other.changes().links()).containsExactly(new CaseLink(LinkType.CAUSED_BY, 1042));
			refuses(() -> CaseRelations.link(current, current, LinkType.RELATED, "agent", NOW),
					CaseActionRefused.Refusal.LINK_SELF);
		}

	}

	@Nested
	class Contacts {

		@Test
		void anAgentAuthorisesAnotherAddress() {
			Case current = open();

			current.addContact(" Ana@TalleresEbro.es ", (address) -> false, "agent", NOW);

			assertThat(current.contacts()).endsWith("ana@talleresebro.es");
			assertThat(current.changes().history()).extracting(CaseDetails.Change::event)
				.containsExactly(HistoryEvent.CONTACT_ADDED);
		}

		@Test
		void anInvalidAnOwnOrAPresentAddressIsRefused() {
			Case current = open();

			refuses(() -> current.addContact("not an address", (address) -> false, "agent", NOW),
					CaseActionRefused.Refusal.CONTACT_INVALID);
			refuses(() -> current.addContact("a@jd-services.eu", "a@jd-services.eu"::equals, "agent", NOW),
					CaseActionRefused.Refusal.CONTACT_OURS);
			refuses(() -> current.addContact(LUCIA, (address) -> false, "agent", NOW),
					CaseActionRefused.Refusal.CONTACT_PRESENT);
		}

		@Test
		void aContactIsRemovedButTheLastOneStays() {
			Case current = open();

			current.removeContact(LUCIA, "agent", NOW);

			assertThat(current.contacts()).containsExactly(MARIO);
			refuses(() -> current.removeContact(MARIO, "agent", NOW), CaseActionRefused.Refusal.CONTACT_LAST);
			refuses(() -> current.removeContact(LUCIA, "agent", NOW), CaseActionRefused.Refusal.CONTACT_ABSENT);
		}

	}

}
