package eu.jdservices.caso.console;

import java.util.Map;

import eu.jdservices.caso.accounts.AccountRefused;
import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.Team;

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
 * Administrators list, create and rename teams.
 */
@Controller
class TeamAdmin {

	private final Agents agents;

	TeamAdmin(Agents agents) {
		this.agents = agents;
	}

	@GetMapping("/admin/teams")
	String list(Model model) {
		return list("", Map.of(), model);
	}

	@PostMapping("/admin/teams")
	String create(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
		try {
			this.agents.createTeam(name);
		}
		catch (AccountRefused ex) {
			return list(name, AgentAdmin.errors(ex), model);
		}
		redirect.addFlashAttribute("done", "console.teams.created");
		return "redirect:/admin/teams";
	}

	@GetMapping("/admin/teams/{id}")
	String edit(@PathVariable long id, Model model) {
		Team team = team(id);
		return edit(team, team.name(), Map.of(), model);
	}

	@PostMapping("/admin/teams/{id}")
	String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, Model model,
			RedirectAttributes redirect) {
		Team team = team(id);
		try {
			this.agents.renameTeam(id, name);
		}
		catch (AccountRefused ex) {
			return edit(team, name, AgentAdmin.errors(ex), model);
		}
		redirect.addFlashAttribute("done", "console.teams.renamed");
		return "redirect:/admin/teams";
	}

	private String list(String name, Map<String, String> errors, Model model) {
		model.addAttribute("teams", this.agents.teams());
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		return "admin/teams";
	}

	private String edit(Team team, String name, Map<String, String> errors, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		return "admin/team";
	}

	private Team team(long id) {
		return this.agents.teams()
			.stream()
			.filter((team) -> team.id() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
