package eu.jdservices.caso.console;

import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.Roles;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's canned responses: personal ones for every agent; a team's or everyone's for
 * team leads and administrators.
 */
@Controller
class CannedResponsePages {

	private final CannedResponses canned;

	private final Agents agents;

	CannedResponsePages(CannedResponses canned, Agents agents) {
		this.canned = canned;
		this.agents = agents;
	}

	@GetMapping("/canned")
	String list(Authentication agent, Model model) {
		model.addAttribute("canned", this.canned.listedFor(agent.getName()));
		model.addAttribute("teams", this.agents.teams());
		model.addAttribute("mayShare", mayShare(agent));
		return "cases/canned";
	}

	@PostMapping("/canned")
	String add(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "personal") String scope, @RequestParam(defaultValue = "") String team,
			Authentication agent, Model model, RedirectAttributes redirect) {
		String problem = (title.isBlank() || body.isBlank()) ? "console.canned.required"
				: (title.length() > 200 || body.length() > 20_000) ? "console.canned.too-long"
						: (!scope.equals("personal") && !mayShare(agent)) ? "console.canned.not-allowed"
								: (scope.equals("team") && team.isBlank()) ? "console.canned.team-required" : null;
		if (problem != null) {
			model.addAttribute("problem", problem);
			model.addAttribute("draftTitle", title);
			model.addAttribute("draftBody", body);
			return list(agent, model);
		}
		this.canned.add(title.strip(), body.strip(), scope.equals("personal") ? agent.getName() : null,
				scope.equals("team") ? team.strip() : null, agent.getName());
		redirect.addFlashAttribute("done", "console.canned.added");
		return "redirect:/canned";
	}

	@PostMapping("/canned/{id}/delete")
	String delete(@PathVariable long id, Authentication agent, RedirectAttributes redirect) {
		CannedResponses.Canned found = this.canned.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean allowed = found.personal() ? found.owner().equals(agent.getName()) : mayShare(agent);
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		this.canned.delete(id);
		redirect.addFlashAttribute("done", "console.canned.deleted");
		return "redirect:/canned";
	}

	static boolean mayShare(Authentication agent) {
		return agent.getAuthorities()
			.stream()
			.anyMatch((granted) -> granted.getAuthority().equals("ROLE_" + Roles.ADMIN)
					|| granted.getAuthority().equals("ROLE_" + Roles.TEAM_LEAD));
	}

}
