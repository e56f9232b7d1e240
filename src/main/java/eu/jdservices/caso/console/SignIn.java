package eu.jdservices.caso.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's entry: the sign-in page (Spring Security checks the form) and the start
 * page, which is the case queue.
 */
@Controller
class SignIn {

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

	@GetMapping("/")
	String start() {
		return "redirect:/cases";
	}

}
