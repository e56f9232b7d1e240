package eu.jdservices.caso.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReachabilityTests {

	@ParameterizedTest
	@ValueSource(strings = { "mario.pueyo@talleresebro.es", "james.reid@harbour-analytics.co.uk",
			"robot@autoresponder.test", "someone@mail.example", "o'brien+cases@example.com", "x@sub.domain.museum" })
	void addressesThatCanBeAnsweredAre(String address) {
		assertThat(Reachability.problem(address)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "claudia.shu@yahoo.com.", "power quadrant system@example.com", "no-at-sign.example.com",
			"two@@example.com", "@example.com", "someone@", "someone@-bad-.com", "" })
	void aSyntaxThatIsNoMailAddressCanNeverBeAnswered(String address) {
		assertThat(Reachability.problem(address)).contains(Reachability.Problem.SYNTAX);
	}

	@ParameterizedTest
	@ValueSource(strings = { "compras@taller.invalid", "admin@printer.local", "user@server.localhost",
			"someone@example.notatld" })
	void aDomainThatCannotExistCanNeverBeAnswered(String address) {
		assertThat(Reachability.problem(address)).contains(Reachability.Problem.DOMAIN);
	}

}
