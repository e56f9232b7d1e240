package eu.jdservices.caso.intake;

import java.time.Duration;
import java.util.List;

import org.springframework.util.unit.DataSize;

/** The intake's settings for unit tests: three addresses, a small backlog. */
final class IntakeFixtures {

	private IntakeFixtures() {
	}

	static IntakeProperties properties(int maxBacklog, List<String> trustedSpamHeaders) {
		return new IntakeProperties(new IntakeProperties.Addresses("a@x.es", "b@x.es", "c@x.es"),
				new IntakeProperties.Smtp(true, "127.0.0.1", 0, DataSize.ofMegabytes(25), 10, maxBacklog,
						new IntakeProperties.Tls(null, false), new IntakeProperties.Auth(null, null)),
				new IntakeProperties.Spam(trustedSpamHeaders, List.of("[SPAM]")),
				new IntakeProperties.Recovery(Duration.ofSeconds(20), Duration.ofSeconds(10)),
				authentication("mx.jd-services.eu"));
	}

	static IntakeProperties.Authentication authentication(String authservId) {
		return new IntakeProperties.Authentication(authservId, IntakeProperties.Authentication.OnFailure.QUARANTINE,
				new IntakeProperties.Local(false, Duration.ofSeconds(5)));
	}

}
