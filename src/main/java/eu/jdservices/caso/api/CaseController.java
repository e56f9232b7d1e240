package eu.jdservices.caso.api;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Status;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.timers.Deadlines;
import eu.jdservices.caso.timers.ResponseTarget;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Cases: one with its messages, or a filtered page of them.
 */
@RestController
@RequestMapping("/api/cases")
@Validated
class CaseController {

	private final Cases cases;

	private final CaseJson json;

	private final Deadlines deadlines;

	CaseController(Cases cases, CaseJson json, Deadlines deadlines) {
		this.cases = cases;
		this.json = json;
		this.deadlines = deadlines;
	}

	@GetMapping("/{number}")
	CaseJson.Detail show(@PathVariable long number) {
		return this.json.find(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case #" + number));
	}

	@GetMapping
	CaseJson.Page list(@RequestParam(required = false) String contact,
			@RequestParam(required = false) String organization, @RequestParam(required = false) Status status,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) String q,
			@RequestParam(required = false) @Pattern(regexp = "(?i)soon|breached") String breach,
			@RequestParam(required = false) String team, @RequestParam(required = false) String assignee,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		List<Long> breaching = (breach != null)
				? this.deadlines.casesWith(ResponseTarget.valueOf(breach.toUpperCase(Locale.ROOT))) : null;
		return this.json.page(this.cases.list(new CaseQuery(blankToNull(contact), blankToNull(organization), status,
				severity, blankToNull(q), breaching, page, size, false, blankToNull(team), blankToNull(assignee))));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
