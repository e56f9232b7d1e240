package eu.jdservices.caso.console;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import eu.jdservices.caso.accounts.AgentAccount;
import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.cases.CaseActionRefused;
import eu.jdservices.caso.cases.CaseActions;
import eu.jdservices.caso.cases.CaseDetails;
import eu.jdservices.caso.cases.CaseSummary;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.LinkType;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.knowledge.Knowledge;
import org.apache.commons.validator.routines.EmailValidator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's actions on a case as plain forms: each succeeds and goes back to the case
 * (post/redirect/get), or shows the case again with what is missing next to the form.
 */
@Controller
@RequestMapping("/cases/{number}")
class CaseActionForms {

	static final int MAX_TEXT = 100_000;

	/** How two cases may be linked. */
	private final CaseActions actions;

	private final CaseViews views;

	private final Knowledge knowledge;

	private final Cases cases;

	private final CannedResponses canned;

	private final Agents agents;

	CaseActionForms(CaseActions actions, CaseViews views, Knowledge knowledge, Cases cases, CannedResponses canned,
			Agents agents) {
		this.actions = actions;
		this.views = views;
		this.knowledge = knowledge;
		this.cases = cases;
		this.canned = canned;
		this.agents = agents;
	}

	/**
	 * The composer again, with the chosen canned response, its variables filled from the
	 * case and the agent, added to what the agent wrote (nothing is sent yet).
	 */
	@PostMapping("/insert-canned")
	String insertCanned(@PathVariable long number, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) Long canned, @RequestParam(defaultValue = "reply") String mode,
			Principal agent, Model model) {
		CaseDetails details = this.cases.find(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String inserted = (canned == null) ? ""
				: this.canned.find(canned)
					.filter((found) -> !found.personal() || found.owner().equals(agent.getName()))
					.map((found) -> CannedResponses.fill(found.body(), variables(details.summary(), agent.getName())))
					.orElse("");
		this.views.prepare(number, model);
		model.addAttribute("draft", new Draft(composerMode(mode), (text.stripTrailing() + "\n\n" + inserted).strip()));
		return "cases/detail";
	}

	/** What a canned response's variables stand for on this case. */
	private Map<String, String> variables(CaseSummary summary, String agent) {
		String contactName = !isBlank(summary.requesterName()) ? summary.requesterName() : summary.requester();
		String agentName = this.agents.find(agent)
			.map(AgentAccount::name)
			.filter((name) -> !isBlank(name))
			.orElse(agent);
		Map<String, String> values = new HashMap<>();
		values.put("contact.name", contactName);
		values.put("contact.email", summary.requester());
		values.put("case.number", String.valueOf(summary.number()));
		values.put("case.subject", summary.subject());
		values.put("agent.name", agentName);
		values.put("agent.email", agent);
		values.put("team", (summary.team() != null) ? summary.team() : "");
		return values;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String composerMode(String mode) {
		return switch (mode) {
			case "note", "request-info" -> mode;
			default -> "reply";
		};
	}

	/**
	 * The reply form again, with a link to the chosen article added to what the agent
	 * wrote (nothing is sent yet).
	 */
	@PostMapping("/insert-article")
	String insertArticle(@PathVariable long number, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) Long article, @RequestParam(defaultValue = "es") String language,
			@RequestParam(defaultValue = "reply") String mode, Model model) {
		String link = (article == null) ? ""
				: this.knowledge.find(article)
					.flatMap((found) -> found.in(language))
					.map((translation) -> translation.title() + ": " + this.knowledge.url(translation.slug()))
					.orElse("");
		this.views.prepare(number, model);
		model.addAttribute("draft", new Draft(composerMode(mode), (text.stripTrailing() + "\n\n" + link).strip()));
		return "cases/detail";
	}

	@PostMapping("/reply")
	String reply(@PathVariable long number, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) Long seen, Principal agent, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (outdated(number, seen)) {
			return stale(number, "reply", text, model, response);
		}
		return act(number, "reply", text, true, model, response, redirect,
				() -> this.actions.reply(number, agent.getName(), text, false));
	}

	@PostMapping("/note")
	String note(@PathVariable long number, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) Long seen, Principal agent, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (outdated(number, seen)) {
			return stale(number, "note", text, model, response);
		}
		return act(number, "note", text, true, model, response, redirect,
				() -> this.actions.reply(number, agent.getName(), text, true));
	}

	@PostMapping("/request-info")
	String requestInfo(@PathVariable long number, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) Long seen, Principal agent, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (outdated(number, seen)) {
			return stale(number, "request-info", text, model, response);
		}
		return act(number, "request-info", text, true, model, response, redirect,
				() -> this.actions.requestInformation(number, agent.getName(), text));
	}

	/**
	 * Whether the case got a message after the one the composer had seen (a form without
	 * {@code seen}, e.g. from a script, is never outdated).
	 */
	private boolean outdated(long number, Long seen) {
		return seen != null && this.cases.lastMessageId(number) > seen;
	}

	/**
	 * The case again with what arrived meanwhile, the agent's text kept and a warning:
	 * sending once more sends it (the composer has now seen the newest message).
	 */
	private String stale(long number, String action, String text, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		this.views.prepare(number, model);
		model.addAttribute("invalid", new Invalid(action, "console.composer.outdated", text));
		return "cases/detail";
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

	@PostMapping("/update")
	String update(@PathVariable long number, @RequestParam(required = false) Severity severity,
			@RequestParam(defaultValue = "") String team, @RequestParam(defaultValue = "") String assignee,
			Principal agent, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String problem = (team.length() > 100 || assignee.length() > 320) ? "console.action.update.too-long" : null;
		return act(number, "update", problem, team + " / " + assignee, model, response, redirect, () -> {
			this.actions.update(number, agent.getName(), severity, team, assignee);
			return number;
		});
	}

	@PostMapping("/merge")
	String merge(@PathVariable long number, @RequestParam(defaultValue = "") String into, Principal agent, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Long survivor = caseNumber(into);
		return act(number, "merge", (survivor == null) ? "console.action.number-required" : null, into, model, response,
				redirect, () -> {
					this.actions.merge(number, survivor, agent.getName());
					return survivor;
				});
	}

	@PostMapping("/split")
	String split(@PathVariable long number, @RequestParam(name = "message", required = false) List<Long> messages,
			Principal agent, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		List<Long> chosen = (messages != null) ? messages : List.of();
		return act(number, "split", chosen.isEmpty() ? "console.action.split.none" : null, "", model, response,
				redirect, () -> this.actions.split(number, chosen, agent.getName()));
	}

	@PostMapping("/link")
	String link(@PathVariable long number, @RequestParam(defaultValue = "") String other,
			@RequestParam(defaultValue = "RELATED") String type, Principal agent, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Long linked = caseNumber(other);
		Optional<LinkType> linkType = LinkType.agentType(type);
		String problem = (linked == null) ? "console.action.number-required"
				: linkType.isEmpty() ? "console.action.link.type" : null;
		return act(number, "link", problem, other, model, response, redirect, () -> {
			this.actions.link(number, linked, linkType.orElseThrow(), agent.getName());
			return number;
		});
	}

	@PostMapping("/contacts")
	String addContact(@PathVariable long number, @RequestParam(defaultValue = "") String email, Principal agent,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String address = email.strip();
		String problem = address.isEmpty() ? "console.action.contact.required"
				: !EmailValidator.getInstance(false, true).isValid(address) ? "console.action.contact.invalid" : null;
		return act(number, "contact-add", problem, address, model, response, redirect, () -> {
			this.actions.addContact(number, address, agent.getName());
			return number;
		});
	}

	@PostMapping("/contacts/remove")
	String removeContact(@PathVariable long number, @RequestParam(defaultValue = "") String email, Principal agent,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(number, "contact-remove", null, email, model, response, redirect, () -> {
			this.actions.removeContact(number, email, agent.getName());
			return number;
		});
	}

	private String act(long number, String action, String text, boolean textRequired, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Runnable doing) {
		String problem = (textRequired && text.isBlank()) ? "console.action.text-required"
				: (text.length() > MAX_TEXT) ? "console.action.text-too-long" : null;
		return act(number, action, problem, text, model, response, redirect, () -> {
			doing.run();
			return number;
		});
	}

	/**
	 * Shows the case again with the problem next to the form, or does the action and goes
	 * to the case it leads to (or back, with the reason it was refused).
	 */
	private String act(long number, String action, String problem, String sent, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Supplier<Long> doing) {
		if (problem != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			this.views.prepare(number, model);
			model.addAttribute("invalid", new Invalid(action, problem, sent));
			return "cases/detail";
		}
		long next = number;
		try {
			next = doing.get();
			redirect.addFlashAttribute("done", "console.action.done." + action);
		}
		catch (CaseActionRefused refused) {
			redirect.addFlashAttribute("refused", new Refused(refused.messageKey(), List.of(refused.args())));
		}
		return "redirect:/cases/" + next;
	}

	private static Long caseNumber(String value) {
		try {
			long number = Long.parseLong(value.strip().replaceFirst("^#", ""));
			return (number > 0) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	/**
	 * A form that was sent back: which one, why, and what the agent had written.
	 */
	record Invalid(String action, String messageKey, String text) {
	}

	/** What an agent is writing in a form, shown again. */
	record Draft(String action, String text) {
	}

	/**
	 * An action the case's state did not allow, with the text to show.
	 */
	record Refused(String messageKey, List<Object> args) {
	}

}
