package eu.jdservices.caso.api;

import eu.jdservices.caso.cases.CaseDetails;
import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Status;
import eu.jdservices.caso.intake.Severity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

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

	CaseController(Cases cases) {
		this.cases = cases;
	}

	@GetMapping("/{number}")
	CaseDetails show(@PathVariable long number) {
		return this.cases.find(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case #" + number));
	}

	@GetMapping
	Cases.Page list(@RequestParam(required = false) String contact, @RequestParam(required = false) String organization,
			@RequestParam(required = false) Status status, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) @Pattern(regexp = "(?i)soon|breached") String breach,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return this.cases.list(new CaseQuery(blankToNull(contact), blankToNull(organization), status, severity,
				blankToNull(q), (breach != null) ? breach.toUpperCase(java.util.Locale.ROOT) : null, page, size));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
