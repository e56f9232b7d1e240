package eu.jdservices.caso.console;

import java.security.Principal;
import java.util.List;

import eu.jdservices.caso.cases.CaseActionRefused;
import eu.jdservices.caso.cases.CaseActions;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's actions on a case as plain forms: each succeeds and goes back to the case
 * (post/redirect/get), or shows the case again with what is missing next to the form.
 */
@Controller
@RequestMapping("/cases/{number}")
class CaseActionForms {

	static final int MAX_TEXT = 100_000;

	private final CaseActions actions;

	private final CaseViews views;

	CaseActionForms(CaseActions actions, CaseViews views) {
		this.actions = actions;
		this.views = views;
	}

	@PostMapping("/reply")
	String reply(@PathVariable long number, @RequestParam(defaultValue = "") String text, Principal agent, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(number, "reply", text, true, model, response, redirect,
				() -> this.actions.reply(number, agent.getName(), text, false));
	}

	@PostMapping("/note")
	String note(@PathVariable long number, @RequestParam(defaultValue = "") String text, Principal agent, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(number, "note", text, true, model, response, redirect,
				() -> this.actions.reply(number, agent.getName(), text, true));
	}

	@PostMapping("/request-info")
	String requestInfo(@PathVariable long number, @RequestParam(defaultValue = "") String text, Principal agent,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(number, "request-info", text, true, model, response, redirect,
				() -> this.actions.requestInformation(number, agent.getName(), text));
	}

	@PostMapping("/close")
	String close(@PathVariable long number, @RequestParam(defaultValue = "") String text, Principal agent, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(number, "close", text, false, model, response, redirect,
				() -> this.actions.close(number, agent.getName(), blankToNull(text)));
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable long number, @RequestParam(defaultValue = "") String text, Principal agent, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(number, "cancel", text, false, model, response, redirect,
				() -> this.actions.cancel(number, agent.getName(), blankToNull(text)));
	}

	private String act(long number, String action, String text, boolean textRequired, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Runnable doing) {
		String problem = (textRequired && text.isBlank()) ? "console.action.text-required"
				: (text.length() > MAX_TEXT) ? "console.action.text-too-long" : null;
		if (problem != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("details", this.views.find(number));
			model.addAttribute("invalid", new Invalid(action, problem, text));
			return "cases/detail";
		}
		try {
			doing.run();
			redirect.addFlashAttribute("done", "console.action.done." + action);
		}
		catch (CaseActionRefused refused) {
			redirect.addFlashAttribute("refused", new Refused(refused.messageKey(), List.of(refused.args())));
		}
		return "redirect:/cases/" + number;
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	/**
	 * A form that was sent back: which one, why, and what the agent had written.
	 */
	record Invalid(String action, String messageKey, String text) {
	}

	/**
	 * An action the case's state did not allow, with the text to show.
	 */
	record Refused(String messageKey, List<Object> args) {
	}

}
