package eu.jdservices.caso.console;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a canned response's variables are filled when an agent inserts it.
 */
class CannedResponsesTests {

	static final Map<String, String> CASE = Map.of("contact.name", "Mario Pueyo", "case.number", "1042", "agent.name",
			"Lucía Gil");

	@Test
	void eachKnownVariableIsReplacedEveryTimeItAppears() {
		assertThat(CannedResponses.fill("Hola, {contact.name}: el caso {case.number} ({case.number}).\n{agent.name}",
				CASE))
			.isEqualTo("Hola, Mario Pueyo: el caso 1042 (1042).\nLucía Gil");
	}

	@Test
	void unknownVariablesAndLoneBracesStayAsWritten() {
		assertThat(CannedResponses.fill("{nope} y { contact.name } y {sin cerrar", CASE))
			.isEqualTo("{nope} y Mario Pueyo y {sin cerrar");
	}

	@Test
	void aValueThatLooksLikeAVariableIsNotFilledAgain() {
		assertThat(CannedResponses.fill("{contact.name}", Map.of("contact.name", "{case.number}", "case.number", "1")))
			.isEqualTo("{case.number}");
	}

}
