package eu.jdservices.caso.cases;

import java.util.List;
import java.util.Map;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases module with the modules it needs (intake, policy, directory) and nothing
 * else: a new mail opens a case and announces it; an agent's question makes it wait and
 * starts the customer's window; what the module publishes is all the others get.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:cases-module;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"caso.data-dir=target/test-data/cases-module", "caso.intake.smtp.enabled=false",
		"caso.intake.recovery.interval=1h", "management.endpoint.health.validate-group-membership=false" })
class CasesModuleTests {

	@Autowired
	OpeningCases opening;

	@Autowired
	CaseActions actions;

	@Autowired
	Cases cases;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNewMailOpensACaseAndAnnouncesItForTheAcknowledgement(AssertablePublishedEvents events) {
		long number = open("Impresora de la planta 2 sin conexión", "La impresora no responde desde las 9:00.");

		assertThat(events).contains(CaseOpened.class)
			.matching((opened) -> opened.snapshot().number() == number && opened.acknowledge()
					&& opened.snapshot().requesterName().equals("Mario Pueyo"));
		CaseSummary summary = this.cases.find(number).orElseThrow().summary();
		assertThat(summary.status()).isEqualTo(Status.OPEN);
		assertThat(summary.contacts()).containsExactly("mario.pueyo@talleres-modulo.es");
		assertThat(summary.findings()).extracting(CaseSummary.Finding::code).contains(Reason.UNKNOWN_SENDER);
		assertThat(summary.findings()).filteredOn((finding) -> finding.code() == Reason.UNKNOWN_SENDER)
			.extracting(CaseSummary.Finding::rule)
			.containsOnly("S1.4");
	}

	@Test
	void askingTheCustomerMakesTheCaseWaitAndStartsTheirWindow(AssertablePublishedEvents events) {
		long number = open("VPN de Huesca caída", "Nadie de la oficina de Huesca conecta por VPN desde las 8:00.");

		this.actions.requestInformation(number, "agent@jd-services.eu", "¿Qué mensaje de error les sale?");

		assertThat(events).contains(CustomerAsked.class)
			.matching((asked) -> asked.number() == number && asked.severity() == Severity.B && !asked.afterSilence());
		assertThat(events).contains(MailToContactsRequested.class)
			.matching((mail) -> mail.snapshot().number() == number && mail.kind() == MessageKind.REQUEST_INFO);
		assertThat(this.cases.find(number).orElseThrow().summary().status()).isEqualTo(Status.WAITING_FOR_CUSTOMER);
	}

	private long open(String subject, String text) {
		ParsedMail mail = new ParsedMail(subject.hashCode() + "@mail.customer.test",
				new ParsedMail.Address("mario.pueyo@talleres-modulo.es", "Mario Pueyo"), null,
				List.of(new ParsedMail.Address("b@jd-services.eu", "")), List.of(), List.of(), subject, null, List.of(),
				List.of(), Map.of(), text, null, List.of());
		Outcome outcome = this.transactions.execute(
				(status) -> this.opening.open(new IncomingMessage(0, mail), List.of("b@jd-services.eu"), null, false));
		assertThat(outcome.decision()).isEqualTo(Decision.CASE_OPENED);
		return outcome.caseNumber();
	}

}
