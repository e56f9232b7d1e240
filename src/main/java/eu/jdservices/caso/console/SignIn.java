package eu.jdservices.caso.console;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.jdservices.caso.accounts.SecondFactorSignIn;
import eu.jdservices.caso.accounts.TwoFactor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's entry: the sign-in page (Spring Security checks the form), the second
 * factor of an agent who has one, the set-up of two-factor sign-in an administrator must
 * have, and the start page, which is the case queue.
 */
@Controller
class SignIn {

	private final SecondFactorSignIn secondFactor;

	SignIn(SecondFactorSignIn secondFactor) {
		this.secondFactor = secondFactor;
	}

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

	@GetMapping("/login/code")
	String code(HttpServletRequest request, Model model) {
		Optional<String> account = this.secondFactor.pendingAccount(request);
		if (account.isEmpty() || this.secondFactor.mustEnrol(request)) {
			return "redirect:/login";
		}
		model.addAttribute("account", account.get());
		return "console/login-code";
	}

	@PostMapping("/login/code")
	String checkCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return switch (this.secondFactor.complete(request, response, code)) {
			case SIGNED_IN -> "redirect:/cases";
			case WRONG_CODE -> {
				model.addAttribute("wrong", true);
				yield code(request, model);
			}
			case TOO_MANY_ATTEMPTS -> "redirect:/login?error";
			case NOTHING_PENDING -> "redirect:/login?expired";
		};
	}

	@GetMapping("/login/two-factor")
	String enrol(HttpServletRequest request, Model model) {
		Optional<TwoFactor.Enrolment> enrolment = this.secondFactor.enrolment(request);
		if (enrolment.isEmpty()) {
			return "redirect:/login";
		}
		model.addAttribute("enrolment", enrolment.get());
		model.addAttribute("qr", QrCodes.svgDataUri(enrolment.get().uri()));
		model.addAttribute("action", "/login/two-factor");
		model.addAttribute("required", true);
		return "console/two-factor-setup";
	}

	@PostMapping("/login/two-factor")
	String confirmEnrolment(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (this.secondFactor.pendingAccount(request).isEmpty()) {
			return "redirect:/login?expired";
		}
		Optional<List<String>> codes = this.secondFactor.completeEnrolment(request, response, code);
		if (codes.isEmpty()) {
			model.addAttribute("wrong", true);
			return enrol(request, model);
		}
		model.addAttribute("codes", codes.get());
		return "console/recovery-codes";
	}

	@GetMapping("/")
	String start() {
		return "redirect:/cases";
	}

}
