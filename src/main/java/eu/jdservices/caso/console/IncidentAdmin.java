package eu.jdservices.caso.console;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.jdservices.caso.catalogue.Catalogue;
import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.status.Impact;
import eu.jdservices.caso.status.Incident;
import eu.jdservices.caso.status.IncidentRefused;
import eu.jdservices.caso.status.IncidentStatus;
import eu.jdservices.caso.status.Incidents;
import eu.jdservices.caso.status.NewIncident;
import eu.jdservices.caso.status.NewUpdate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agents manage the status page: the service catalogue, incidents and scheduled
 * maintenance, their updates (optionally mailed to the linked open cases' contacts) and
 * their resolution (optionally closing those cases with a notice).
 */
@Controller
class IncidentAdmin {

	private final Catalogue catalogue;

	private final Incidents incidents;

	IncidentAdmin(Catalogue catalogue, Incidents incidents) {
		this.catalogue = catalogue;
		this.incidents = incidents;
	}

	@GetMapping("/incidents")
	String list(Model model) {
		return list(Map.of(), model);
	}

	@PostMapping("/incidents/services")
	String saveService(@RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String keywords, @RequestParam(defaultValue = "") String team, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!key.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			errors.put("key", "console.status.error.required");
		}
		if (name.isBlank()) {
			errors.put("name", "console.status.error.required");
		}
		if (!errors.isEmpty()) {
			return list(errors, model);
		}
		this.catalogue.save(new Service(key.strip(), name.strip(), Arrays.asList(keywords.split(",")), team));
		redirect.addFlashAttribute("done", "console.status.service.saved");
		return "redirect:/incidents";
	}

	@PostMapping("/incidents")
	String open(@RequestParam(name = "services", required = false) List<String> services,
			@RequestParam(defaultValue = "") String title, @RequestParam Impact impact,
			@RequestParam IncidentStatus status, @RequestParam(defaultValue = "") String message,
			@RequestParam(defaultValue = "") String startsAt, @RequestParam(defaultValue = "") String endsAt,
			Principal agent, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (services == null || services.isEmpty()) {
			errors.put("services", "console.status.error.required");
		}
		if (title.isBlank()) {
			errors.put("title", "console.status.error.required");
		}
		if (message.isBlank()) {
			errors.put("message", "console.status.error.required");
		}
		OffsetDateTime starts = moment(startsAt, "startsAt", errors);
		OffsetDateTime ends = moment(endsAt, "endsAt", errors);
		if (!errors.isEmpty()) {
			return list(errors, model);
		}
		try {
			Incident opened = this.incidents
				.open(new NewIncident(services, title.strip(), impact, status, message, starts, ends), agent.getName());
			redirect.addFlashAttribute("done", "console.status.opened");
			return "redirect:/incidents/" + opened.id();
		}
		catch (IncidentRefused ex) {
			errors.put((ex.field() != null) ? ex.field() : "services", ex.messageKey());
			return list(errors, model);
		}
	}

	@GetMapping("/incidents/{id}")
	String show(@PathVariable long id, Model model) {
		return show(id, Map.of(), model);
	}

	@PostMapping("/incidents/{id}/updates")
	String post(@PathVariable long id, @RequestParam IncidentStatus status,
			@RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "false") boolean notifyCases,
			@RequestParam(defaultValue = "false") boolean closeCases, Principal agent, Model model,
			RedirectAttributes redirect) {
		if (message.isBlank()) {
			return show(id, Map.of("message", "console.status.error.required"), model);
		}
		try {
			this.incidents.post(id, new NewUpdate(status, message, notifyCases, closeCases), agent.getName());
		}
		catch (IncidentRefused ex) {
			if (ex.refusal() == IncidentRefused.Refusal.NOT_FOUND) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			return show(id, Map.of("message", ex.messageKey()), model);
		}
		redirect.addFlashAttribute("done", "console.status.posted");
		return "redirect:/incidents/" + id;
	}

	private String list(Map<String, String> errors, Model model) {
		model.addAttribute("services", this.catalogue.services());
		model.addAttribute("incidents", this.incidents.latest(100));
		model.addAttribute("linked", this.incidents.linkedCases());
		model.addAttribute("impacts", Impact.values());
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("errors", errors);
		return "incidents/list";
	}

	private String show(long id, Map<String, String> errors, Model model) {
		Incident incident = this.incidents.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("incident", incident);
		model.addAttribute("serviceNames", String.join(", ", this.incidents.serviceNamesOf(incident)));
		model.addAttribute("url", this.incidents.url(id));
		model.addAttribute("openCases", this.incidents.openCasesOf(id));
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("errors", errors);
		return "incidents/detail";
	}

	/** A moment typed in the form ({@code datetime-local}, the provider's time zone). */
	private OffsetDateTime moment(String value, String field, Map<String, String> errors) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(this.incidents.zone()).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "console.status.error.date");
			return null;
		}
	}

}
