package eu.jdservices.caso.api;

import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.jdservices.caso.status.Impact;
import eu.jdservices.caso.status.Incident;
import eu.jdservices.caso.status.IncidentRefused;
import eu.jdservices.caso.status.IncidentStatus;
import eu.jdservices.caso.status.Incidents;
import eu.jdservices.caso.status.NewIncident;
import eu.jdservices.caso.status.NewUpdate;
import eu.jdservices.caso.status.ServiceState;
import eu.jdservices.caso.status.StatusBoard;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status page: open an incident (or schedule a maintenance), post its updates (told
 * to the linked cases' contacts with {@code notifyCases}; a {@code RESOLVED} update with
 * {@code closeCases} closes the linked open cases), and what the page shows now. 400
 * names the fields at fault, 404 an unknown incident, 409 an update of a resolved one.
 */
@RestController
@RequestMapping("/api/status")
class StatusController {

	static final String IMPACTS = "DEGRADED|PARTIAL_OUTAGE|MAJOR_OUTAGE|MAINTENANCE";

	static final String STATUSES = "INVESTIGATING|IDENTIFIED|MONITORING|RESOLVED";

	private final Incidents incidents;

	private final MessageSource messages;

	StatusController(Incidents incidents, MessageSource messages) {
		this.incidents = incidents;
		this.messages = messages;
	}

	record OpenIncident(@NotEmpty List<@NotBlank String> services, @NotBlank @Size(max = 300) String title,
			@NotNull @Pattern(regexp = IMPACTS) String impact, @NotNull @Pattern(regexp = STATUSES) String status,
			@NotBlank @Size(max = 10_000) String message, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

	record PostUpdate(@NotNull @Pattern(regexp = STATUSES) String status, @NotBlank @Size(max = 10_000) String message,
			Boolean notifyCases, Boolean closeCases) {
	}

	record Created(long id, String url) {
	}

	record CurrentStatus(List<ServiceNow> services, List<Incident> incidents, List<Incident> maintenance,
			OffsetDateTime at) {
	}

	record ServiceNow(String key, String name, ServiceState state) {
	}

	@PostMapping("/incidents")
	ResponseEntity<Created> open(@Valid @RequestBody OpenIncident incident, Principal agent) {
		Incident opened = this.incidents.open(new NewIncident(incident.services(), incident.title().strip(),
				Impact.valueOf(incident.impact()), IncidentStatus.valueOf(incident.status()), incident.message(),
				incident.startsAt(), incident.endsAt()), agent.getName());
		String url = this.incidents.url(opened.id());
		return ResponseEntity.created(URI.create(url)).body(new Created(opened.id(), url));
	}

	@PostMapping("/incidents/{id}/updates")
	Incident post(@PathVariable long id, @Valid @RequestBody PostUpdate update, Principal agent) {
		return this.incidents.post(id,
				new NewUpdate(IncidentStatus.valueOf(update.status()), update.message(),
						Boolean.TRUE.equals(update.notifyCases()), Boolean.TRUE.equals(update.closeCases())),
				agent.getName());
	}

	@GetMapping
	CurrentStatus status() {
		StatusBoard board = this.incidents.board();
		return new CurrentStatus(board.services()
			.stream()
			.map((service) -> new ServiceNow(service.key(), service.name(), service.state()))
			.toList(), board.incidents(), board.upcoming(), board.at());
	}

	@ExceptionHandler(IncidentRefused.class)
	ProblemDetail refused(IncidentRefused refused, Locale locale) {
		HttpStatus status = switch (refused.refusal()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case RESOLVED -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
		String text = this.messages.getMessage(refused.messageKey(), refused.args(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
		problem.setProperty("code", refused.refusal().name());
		if (refused.field() != null) {
			problem.setProperty("fields", Map.of(refused.field(), text));
		}
		return problem;
	}

}
