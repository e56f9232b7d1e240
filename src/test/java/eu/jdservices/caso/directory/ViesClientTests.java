package eu.jdservices.caso.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VIES check against a stub of VIES's REST {@code check-vat-number} on 127.0.0.1
 * (never the real service): valid with a consultation number, invalid, and every answer
 * VIES cannot give now — {@code MS_UNAVAILABLE}, an error, a time-out — as "try later",
 * never as invalid.
 */
class ViesClientTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

	HttpServer vies;

	final List<String> requests = new CopyOnWriteArrayList<>();

	@BeforeEach
	void stub() throws IOException {
		this.vies = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.vies.createContext("/check-vat-number", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.requests.add(body);
			String answer;
			int status = 200;
			if (body.contains("\"136695976\"")) {
				answer = "{\"countryCode\":\"DE\",\"vatNumber\":\"136695976\",\"requestDate\":\"2026-12-02T10:00:00.000Z\","
						+ "\"valid\":true,\"requestIdentifier\":\"WAPIAAAAZKq3bTsd\",\"name\":\"Maschinenbau GmbH\","
						+ "\"address\":\"Berlin\"}";
			}
			else if (body.contains("\"00743110157\"")) {
				answer = "{\"countryCode\":\"IT\",\"vatNumber\":\"00743110157\",\"valid\":false,\"requestIdentifier\":\"\"}";
			}
			else if (body.contains("\"20774740\"")) {
				answer = "{\"actionSucceed\":false,\"errorWrappers\":[{\"error\":\"MS_UNAVAILABLE\","
						+ "\"message\":\"The member state service is unavailable\"}]}";
			}
			else if (body.contains("\"50223054\"")) {
				try {
					Thread.sleep(4000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				answer = "{\"valid\":true}";
			}
			else {
				status = 500;
				answer = "{\"error\":\"SERVICE_UNAVAILABLE\"}";
			}
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		this.vies.start();
	}

	@AfterEach
	void stop() {
		this.vies.stop(0);
	}

	ViesClient client() {
		URI endpoint = URI.create("http://127.0.0.1:" + this.vies.getAddress().getPort() + "/check-vat-number");
		return new ViesClient(new DirectoryProperties(null,
				new DirectoryProperties.Vies(endpoint, "ESB12345674", Duration.ofMillis(2500))), CLOCK);
	}

	@Test
	void aValidVatIdIsConfirmedWithItsConsultationNumberAsProof() {
		ViesCheck check = client().check(new VatIds.VatId("DE", "136695976")).orElseThrow();

		assertThat(check.status()).isEqualTo(VatIdStatus.CONFIRMED);
		assertThat(check.consultation()).isEqualTo("WAPIAAAAZKq3bTsd");
		assertThat(check.at()).isEqualTo(CLOCK.instant().atOffset(ZoneOffset.UTC));
		assertThat(this.requests).singleElement()
			.satisfies((request) -> assertThat(request).contains("\"countryCode\":\"DE\"",
					"\"requesterMemberStateCode\":\"ES\"", "\"requesterNumber\":\"B12345674\""));
	}

	@Test
	void aVatIdViesDoesNotKnowIsInvalid() {
		assertThat(client().check(new VatIds.VatId("IT", "00743110157")).orElseThrow().status())
			.isEqualTo(VatIdStatus.INVALID);
	}

	@Test
	void aMemberStateThatDoesNotAnswerMeansTryLaterNeverInvalid() {
		ViesCheck check = client().check(new VatIds.VatId("FI", "20774740")).orElseThrow();

		assertThat(check.status()).isEqualTo(VatIdStatus.NOT_CONFIRMED);
		assertThat(check.status().validForIntraEu()).isTrue();
		assertThat(check.detail()).contains("MS_UNAVAILABLE", "try later");
	}

	@Test
	void anErrorOrATimeOutMeansTryLater() {
		assertThat(client().check(new VatIds.VatId("PL", "8567346215")).orElseThrow().status())
			.isEqualTo(VatIdStatus.NOT_CONFIRMED);
		ViesCheck slow = client().check(new VatIds.VatId("SI", "50223054")).orElseThrow();
		assertThat(slow.status()).isEqualTo(VatIdStatus.NOT_CONFIRMED);
		assertThat(slow.detail()).contains("try later");
	}

	@Test
	void withoutAnEndpointVatIdsAreNeverSentAnywhere() {
		ViesClient off = new ViesClient(
				new DirectoryProperties(null, new DirectoryProperties.Vies(null, null, Duration.ofSeconds(1))), CLOCK);

		assertThat(off.configured()).isFalse();
		assertThat(off.check(new VatIds.VatId("DE", "136695976"))).isEmpty();
		assertThat(this.requests).isEmpty();
	}

}
