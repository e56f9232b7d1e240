package eu.jdservices.caso.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpIntakeTests {

	@Test
	void readsMailUpToTheLimitExactly() throws IOException {
		byte[] mail = new byte[1000];

		assertThat(SmtpIntake.readLimited(new ByteArrayInputStream(mail), 1000)).hasSize(1000);
	}

	@Test
	void refusesMailOverTheLimitAfterReadingItAll() throws IOException {
		ByteArrayInputStream data = new ByteArrayInputStream(new byte[300_000]);

		assertThat(SmtpIntake.readLimited(data, 100_000)).isNull();
		assertThat(data.available()).isZero();
	}

}
