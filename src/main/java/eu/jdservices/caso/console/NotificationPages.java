package eu.jdservices.caso.console;

import java.security.Principal;
import java.util.Map;

import eu.jdservices.caso.notifications.MailPreferences;
import eu.jdservices.caso.notifications.Notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's notifications behind the bell: the list (newest first), marking them read,
 * the unread count the bell asks for, and which of them the agent also wants by mail.
 */
@Controller
class NotificationPages {

	private static final int LIST = 100;

	private final Notifications notifications;

	NotificationPages(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Principal agent, Model model) {
		model.addAttribute("notifications", this.notifications.latest(agent.getName(), LIST));
		return "console/notifications";
	}

	@GetMapping("/notifications/count")
	@ResponseBody
	Map<String, Long> count(Principal agent) {
		return Map.of("unread", this.notifications.unread(agent.getName()));
	}

	/** Marks it read and opens its case. */
	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id, @RequestParam long caseNumber, Principal agent) {
		this.notifications.markRead(agent.getName(), id);
		return "redirect:/cases/" + caseNumber;
	}

	@PostMapping("/notifications/read")
	String readAll(Principal agent, RedirectAttributes redirect) {
		this.notifications.markAllRead(agent.getName());
		redirect.addFlashAttribute("done", "console.notifications.all-read");
		return "redirect:/notifications";
	}

	@PostMapping("/account/notifications")
	String preferences(@RequestParam(defaultValue = "false") boolean assigned,
			@RequestParam(defaultValue = "false") boolean customerReplied,
			@RequestParam(defaultValue = "false") boolean targetSoon, Principal agent, RedirectAttributes redirect) {
		this.notifications.savePreferences(agent.getName(), new MailPreferences(assigned, customerReplied, targetSoon));
		redirect.addFlashAttribute("done", "console.notifications.preferences-saved");
		return "redirect:/account";
	}

}
