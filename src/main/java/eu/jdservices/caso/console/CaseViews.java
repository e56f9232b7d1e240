package eu.jdservices.caso.console;

import eu.jdservices.caso.cases.CaseDetails;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Status;
import eu.jdservices.caso.intake.Severity;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case queue and one case with its thread.
 */
@Controller
class CaseViews {

	private final Cases cases;

	CaseViews(Cases cases) {
		this.cases = cases;
	}

	@GetMapping("/cases")
	String queue(@RequestParam(required = false) Status status, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean waiting,
			@RequestParam(required = false) String breach, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, @RequestParam(defaultValue = "desc") String order,
			Model model) {
		QueueFilters filters = new QueueFilters(status, severity, q, waiting, breach, page, size,
				"asc".equalsIgnoreCase(order));
		Cases.Page found = this.cases.list(filters.query());
		model.addAttribute("filters", filters);
		model.addAttribute("found", found);
		model.addAttribute("statuses", Status.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("hasNext", (long) (filters.page() + 1) * filters.size() < found.total());
		return "cases/list";
	}

	@GetMapping("/cases/{number}")
	String show(@PathVariable long number, Model model) {
		model.addAttribute("details", find(number));
		return "cases/detail";
	}

	CaseDetails find(long number) {
		return this.cases.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
