package eu.jdservices.caso.status;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.status.*}: the public status page.
 *
 * @param baseUrl the public address of Caso the links to incidents start with
 * ({@code CASO_BASE_URL})
 * @param historyDays how many days of history the page shows per service
 * @param feedEntries how many of the latest incidents the Atom feed carries
 */
@Validated
@ConfigurationProperties("caso.status")
public record StatusProperties(@NotBlank @DefaultValue("http://localhost:8080") String baseUrl,
		@Min(1) @Max(366) @DefaultValue("90") int historyDays, @Min(1) @DefaultValue("50") int feedEntries) {

	/** The page of an incident: {@code CASO_BASE_URL/status/incidents/<id>}. */
	public String incidentUrl(long id) {
		return this.baseUrl.replaceAll("/+$", "") + "/status/incidents/" + id;
	}

}
