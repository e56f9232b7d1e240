package eu.jdservices.caso.outbound;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundPropertiesTests {

	final OutboundProperties properties = new OutboundProperties("JD Services", Path.of("outbox"), 2, 50,
			Duration.ofMillis(500), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofMinutes(30), 60,
			"http://localhost:8080", null, Duration.ofMinutes(10), "c@jd-services.eu",
			new OutboundProperties.Verification(10), new OutboundProperties.Dkim(null, null, null),
			Duration.ofSeconds(10));

	@Test
	void retriesWaitLongerEachTimeUpToTheMaximum() {
		assertThat(this.properties.backoff(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(this.properties.backoff(2)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.properties.backoff(5)).isEqualTo(Duration.ofSeconds(80));
		assertThat(this.properties.backoff(20)).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.properties.backoff(60)).isEqualTo(Duration.ofMinutes(30));
	}

}
