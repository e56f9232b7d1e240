package eu.jdservices.caso.console;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.accounts.AccountRefused;
import eu.jdservices.caso.accounts.ApiTokens;
import eu.jdservices.caso.accounts.TwoFactor;
import eu.jdservices.caso.notifications.Notifications;

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
 * An agent's own account: two-factor sign-in (set up with the QR code and one code, ten
 * recovery codes shown once; turned off with a current code) and personal API tokens
 * (created with a name and shown once, listed with their last use, revoked).
 */
@Controller
class AccountPage {

	private final TwoFactor twoFactor;

	private final ApiTokens tokens;

	private final Notifications notifications;

	AccountPage(TwoFactor twoFactor, ApiTokens tokens, Notifications notifications) {
		this.twoFactor = twoFactor;
		this.tokens = tokens;
		this.notifications = notifications;
	}

	@GetMapping("/account")
	String show(Principal agent, Model model) {
		model.addAttribute("twoFactor", this.twoFactor.enabled(agent.getName()));
		model.addAttribute("recoveryCodesLeft", this.twoFactor.recoveryCodesLeft(agent.getName()));
		model.addAttribute("tokens", this.tokens.of(agent.getName()));
		model.addAttribute("mailPreferences", this.notifications.preferences(agent.getName()));
		return "console/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam(defaultValue = "") String name, Principal agent, Model model,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", this.tokens.create(agent.getName(), name));
			redirect.addFlashAttribute("newTokenName", name.strip());
		}
		catch (AccountRefused ex) {
			model.addAttribute("errors", AgentAdmin.errors(ex));
			return show(agent, model);
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Principal agent, RedirectAttributes redirect) {
		if (!this.tokens.revoke(agent.getName(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", "console.tokens.revoked");
		return "redirect:/account";
	}

	@GetMapping("/account/two-factor")
	String setUp(Principal agent, Model model) {
		if (this.twoFactor.enabled(agent.getName())) {
			return "redirect:/account";
		}
		TwoFactor.Enrolment enrolment = this.twoFactor.pending(agent.getName())
			.orElseGet(() -> this.twoFactor.start(agent.getName()));
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("qr", QrCodes.svgDataUri(enrolment.uri()));
		model.addAttribute("action", "/account/two-factor");
		model.addAttribute("required", false);
		return "console/two-factor-setup";
	}

	@PostMapping("/account/two-factor")
	String confirm(@RequestParam(defaultValue = "") String code, Principal agent, Model model) {
		Optional<List<String>> codes = this.twoFactor.confirm(agent.getName(), code);
		if (codes.isEmpty()) {
			model.addAttribute("wrong", true);
			return setUp(agent, model);
		}
		model.addAttribute("codes", codes.get());
		return "console/recovery-codes";
	}

	@PostMapping("/account/two-factor/disable")
	String disable(@RequestParam(defaultValue = "") String code, Principal agent, RedirectAttributes redirect) {
		redirect.addFlashAttribute(this.twoFactor.disable(agent.getName(), code) ? "done" : "failed",
				this.twoFactor.enabled(agent.getName()) ? "console.two-factor.error.wrong-code"
						: "console.two-factor.disabled");
		return "redirect:/account";
	}

}
