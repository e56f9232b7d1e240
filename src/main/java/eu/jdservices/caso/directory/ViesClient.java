package eu.jdservices.caso.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks VIES (the EU's VAT Information Exchange System, its REST {@code check-vat-number}
 * operation) whether a VAT ID is valid for intra-EU operations, at the endpoint of
 * {@code caso.directory.vies.endpoint}; without one, nothing is asked. An answer VIES
 * cannot give now ({@code MS_UNAVAILABLE}, a time-out, any error of transport) is "try
 * later", never "invalid". With our own VAT ID configured ({@code requester-vat-id}),
 * VIES gives a consultation number, kept as proof.
 */
@Component
class ViesClient {

	private static final Logger log = LoggerFactory.getLogger(ViesClient.class);

	private final RestClient http;

	private final DirectoryProperties.Vies settings;

	private final Clock clock;

	ViesClient(DirectoryProperties properties, Clock clock) {
		this.settings = properties.vies();
		this.clock = clock;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				java.net.http.HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build());
		requests.setReadTimeout(this.settings.timeout());
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	boolean configured() {
		return this.settings.endpoint() != null;
	}

	/** VIES's answer about a valid-looking EU VAT ID; empty without an endpoint. */
	Optional<ViesCheck> check(VatIds.VatId id) {
		if (!configured()) {
			return Optional.empty();
		}
		OffsetDateTime at = OffsetDateTime.now(this.clock);
		Map<String, String> request = new LinkedHashMap<>();
		request.put("countryCode", id.prefix());
		request.put("vatNumber", id.number());
		this.settings.requester().ifPresent((requester) -> {
			request.put("requesterMemberStateCode", requester.prefix());
			request.put("requesterNumber", requester.number());
		});
		try {
			Answer answer = this.http.post()
				.uri(this.settings.endpoint())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(request)
				.retrieve()
				.onStatus((status) -> status.value() >= 400, (req, res) -> {
				})
				.body(Answer.class);
			return Optional.of(read(answer, at));
		}
		catch (RestClientException ex) {
			log.warn("VIES did not answer about {}: {}", id.full(), ex.toString());
			return Optional.of(new ViesCheck(VatIdStatus.NOT_CONFIRMED, at, null,
					"VIES did not answer (" + ex.getClass().getSimpleName() + "): try later"));
		}
	}

	private static ViesCheck read(Answer answer, OffsetDateTime at) {
		if (answer == null) {
			return new ViesCheck(VatIdStatus.NOT_CONFIRMED, at, null, "VIES gave no answer: try later");
		}
		if (answer.errorWrappers() != null && !answer.errorWrappers().isEmpty()) {
			String error = answer.errorWrappers().get(0).error();
			return new ViesCheck(VatIdStatus.NOT_CONFIRMED, at, null, "VIES: " + error + ": try later");
		}
		if (answer.valid() == null) {
			return new ViesCheck(VatIdStatus.NOT_CONFIRMED, at, null, "VIES said neither valid nor invalid: try later");
		}
		String consultation = (answer.requestIdentifier() == null || answer.requestIdentifier().isBlank()) ? null
				: answer.requestIdentifier();
		return answer.valid()
				? new ViesCheck(VatIdStatus.CONFIRMED, at, consultation,
						"VIES: valid" + ((answer.name() != null) ? " (" + answer.name() + ")" : ""))
				: new ViesCheck(VatIdStatus.INVALID, at, consultation, "VIES: not valid for intra-EU operations");
	}

	/** The parts of VIES's answer Caso reads. */
	record Answer(Boolean valid, String requestIdentifier, String name, List<ErrorWrapper> errorWrappers) {
	}

	/** An error VIES reports instead of an answer ({@code MS_UNAVAILABLE} …). */
	record ErrorWrapper(String error, String message) {
	}

}
