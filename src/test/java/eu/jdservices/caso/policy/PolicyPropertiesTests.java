package eu.jdservices.caso.policy;

import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

class PolicyPropertiesTests {

	@Test
	void everySettingHasADefault() {
		PolicyProperties defaults = settings();

		assertThat(defaults.sharedMailbox().action()).isEqualTo(Action.REJECT);
		assertThat(defaults.onBehalf().action()).isEqualTo(Action.REJECT);
		assertThat(defaults.onBehalf().wordingAction()).isEqualTo(Action.WARN);
		assertThat(defaults.notAuthorized().action()).isEqualTo(Action.REJECT);
		assertThat(defaults.unknownSender().action()).isEqualTo(Action.WARN);
		assertThat(defaults.vagueSubject().wordsEs()).contains("ayuda", "urgente");
		assertThat(defaults.vagueSubject().wordsEn()).contains("help", "fyi");
		assertThat(defaults.severityMismatch().action()).isEqualTo(Action.INFO);
		assertThat(defaults.missingIncidentDetails().alwaysFor()).hasSize(2);
	}

	@Test
	void actionsAndListsBindFromProperties() {
		PolicyProperties changed = settings("vague-subject.action=off", "vague-subject.words-es=hola,ayuda",
				"severity-mismatch.action=WARN");

		assertThat(changed.vagueSubject().action()).isEqualTo(Action.OFF);
		assertThat(changed.vagueSubject().wordsEs()).containsExactly("hola", "ayuda");
		assertThat(changed.severityMismatch().action()).isEqualTo(Action.WARN);
		assertThat(changed.vagueSubject().wordsEn()).contains("help");
	}

}
