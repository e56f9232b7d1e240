package eu.jdservices.caso.console;

import java.security.Principal;
import java.util.List;

import eu.jdservices.caso.cases.CaseActionRefused;
import eu.jdservices.caso.cases.CaseActions;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the agent does on the queue itself: save the filters as a view, delete one, and
 * assign or close the marked cases at once. Each goes back to the queue as it was.
 */
@Controller
class QueueActions {

	private final SavedViews views;

	private final CaseActions actions;

	QueueActions(SavedViews views, CaseActions actions) {
		this.views = views;
		this.actions = actions;
	}

	/**
	 * How a bulk action went.
	 *
	 * @param messageKey the action's message
	 * @param done how many cases it changed
	 * @param refused how many refused it (e.g. closed already)
	 */
	record Bulk(String messageKey, int done, int refused) {
	}

	@PostMapping("/cases/views")
	String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "/cases") String link,
			Principal agent, RedirectAttributes redirect) {
		String queue = queue(link);
		if (name.isBlank() || name.length() > 100) {
			redirect.addFlashAttribute("viewProblem", "console.views.name-required");
			return "redirect:" + queue;
		}
		this.views.save(agent.getName(), name.strip(), queue);
		redirect.addFlashAttribute("done", "console.views.saved");
		return "redirect:" + queue;
	}

	@PostMapping("/cases/views/{id}/delete")
	String delete(@PathVariable long id, Principal agent, RedirectAttributes redirect) {
		this.views.delete(agent.getName(), id);
		redirect.addFlashAttribute("done", "console.views.deleted");
		return "redirect:/cases";
	}

	@PostMapping("/cases/bulk")
	String bulk(@RequestParam(name = "number", required = false) List<Long> numbers,
			@RequestParam(defaultValue = "") String operation, @RequestParam(defaultValue = "") String assignee,
			@RequestParam(defaultValue = "/cases") String back, Principal agent, RedirectAttributes redirect) {
		List<Long> chosen = (numbers != null) ? numbers : List.of();
		boolean closing = operation.equals("close");
		if (chosen.isEmpty() || (!closing && !operation.equals("assign")) || (!closing && assignee.isBlank())) {
			redirect.addFlashAttribute("bulk",
					new Bulk(chosen.isEmpty() ? "console.bulk.none" : "console.bulk.assignee-required", 0, 0));
			return "redirect:" + queue(back);
		}
		int done = 0;
		int refused = 0;
		for (long number : chosen) {
			try {
				if (closing) {
					this.actions.close(number, agent.getName(), null);
				}
				else {
					this.actions.update(number, agent.getName(), null, null, assignee.strip());
				}
				done++;
			}
			catch (CaseActionRefused ex) {
				refused++;
			}
		}
		redirect.addFlashAttribute("bulk",
				new Bulk(closing ? "console.bulk.closed" : "console.bulk.assigned", done, refused));
		return "redirect:" + queue(back);
	}

	/** Only a link to the queue, never elsewhere. */
	private static String queue(String link) {
		return (link.equals("/cases") || link.startsWith("/cases?")) && !link.contains("//") ? link : "/cases";
	}

}
