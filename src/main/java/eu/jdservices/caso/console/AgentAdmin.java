package eu.jdservices.caso.console;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.jdservices.caso.accounts.AccountRefused;
import eu.jdservices.caso.accounts.AgentAccount;
import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.ChangeAgent;
import eu.jdservices.caso.accounts.NewAgent;
import eu.jdservices.caso.accounts.Roles;
import eu.jdservices.caso.accounts.SignInLock;
import eu.jdservices.caso.accounts.SignInLocks;
import eu.jdservices.caso.accounts.TwoFactor;

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
 * Administrators list agents, create them, change their role, team or whether they may
 * sign in, and set new passwords. A refused form is shown again with each error next to
 * its field.
 */
@Controller
class AgentAdmin {

	private final Agents agents;

	private final SignInLocks locks;

	private final TwoFactor twoFactor;

	AgentAdmin(Agents agents, SignInLocks locks, TwoFactor twoFactor) {
		this.agents = agents;
		this.locks = locks;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/admin/agents")
	String list(Model model) {
		return list(new NewAgent("", "", "", Roles.AGENT, ""), Map.of(), model);
	}

	@PostMapping("/admin/agents")
	String create(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "") String team, Model model, RedirectAttributes redirect) {
		NewAgent agent = new NewAgent(email, name, password, role, team);
		try {
			this.agents.create(agent);
		}
		catch (AccountRefused ex) {
			return list(new NewAgent(email, name, "", role, team), errors(ex), model);
		}
		redirect.addFlashAttribute("done", "console.agents.created");
		return "redirect:/admin/agents";
	}

	@GetMapping("/admin/agents/{email}")
	String edit(@PathVariable String email, Model model) {
		AgentAccount agent = agent(email);
		return edit(agent, new ChangeAgent(agent.name(), agent.role(), agent.team(), agent.enabled()), Map.of(), model);
	}

	@PostMapping("/admin/agents/{email}")
	String change(@PathVariable String email, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String team,
			@RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect) {
		AgentAccount agent = agent(email);
		ChangeAgent change = new ChangeAgent(name, role, team, enabled);
		try {
			this.agents.change(agent.email(), change);
		}
		catch (AccountRefused ex) {
			return edit(agent, change, errors(ex), model);
		}
		redirect.addFlashAttribute("done", "console.agents.changed");
		redirect.addAttribute("email", agent.email());
		return "redirect:/admin/agents/{email}";
	}

	@PostMapping("/admin/agents/{email}/password")
	String resetPassword(@PathVariable String email, @RequestParam(defaultValue = "") String password, Model model,
			RedirectAttributes redirect) {
		AgentAccount agent = agent(email);
		try {
			this.agents.resetPassword(agent.email(), password);
		}
		catch (AccountRefused ex) {
			return edit(agent, new ChangeAgent(agent.name(), agent.role(), agent.team(), agent.enabled()), errors(ex),
					model);
		}
		redirect.addFlashAttribute("done", "console.agents.password-reset");
		redirect.addAttribute("email", agent.email());
		return "redirect:/admin/agents/{email}";
	}

	@PostMapping("/admin/agents/{email}/unlock")
	String unlock(@PathVariable String email, RedirectAttributes redirect) {
		AgentAccount agent = agent(email);
		this.locks.unlock(SignInLock.Kind.ACCOUNT, agent.email());
		redirect.addFlashAttribute("done", "console.agents.unlocked");
		redirect.addAttribute("email", agent.email());
		return "redirect:/admin/agents/{email}";
	}

	@PostMapping("/admin/agents/{email}/two-factor/reset")
	String resetTwoFactor(@PathVariable String email, RedirectAttributes redirect) {
		AgentAccount agent = agent(email);
		this.twoFactor.reset(agent.email());
		redirect.addFlashAttribute("done", "console.agents.two-factor-reset");
		redirect.addAttribute("email", agent.email());
		return "redirect:/admin/agents/{email}";
	}

	/** Until when each locked account is locked, by address. */
	private Map<String, java.time.OffsetDateTime> accountLocks() {
		Map<String, java.time.OffsetDateTime> locked = new LinkedHashMap<>();
		this.locks.current()
			.stream()
			.filter((lock) -> lock.kind() == SignInLock.Kind.ACCOUNT)
			.forEach((lock) -> locked.put(lock.subject(), lock.lockedUntil()));
		return locked;
	}

	private String list(NewAgent form, Map<String, String> errors, Model model) {
		model.addAttribute("agents", this.agents.list());
		model.addAttribute("locked", accountLocks());
		model.addAttribute("twoFactor", this.twoFactor.enabledAccounts());
		model.addAttribute("teams", this.agents.teams());
		model.addAttribute("roles", Roles.ALL);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/agents";
	}

	private String edit(AgentAccount agent, ChangeAgent form, Map<String, String> errors, Model model) {
		model.addAttribute("agent", agent);
		model.addAttribute("lockedUntil", accountLocks().get(agent.email()));
		model.addAttribute("twoFactor", this.twoFactor.enabled(agent.email()));
		model.addAttribute("teams", this.agents.teams());
		model.addAttribute("roles", Roles.ALL);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/agent";
	}

	private AgentAccount agent(String email) {
		return this.agents.find(email).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static Map<String, String> errors(AccountRefused refused) {
		Map<String, String> errors = new LinkedHashMap<>();
		refused.problems().forEach((problem) -> errors.putIfAbsent(problem.field(), problem.key()));
		return errors;
	}

}
