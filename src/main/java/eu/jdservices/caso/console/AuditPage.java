package eu.jdservices.caso.console;

import eu.jdservices.caso.accounts.AuditLog;
import eu.jdservices.caso.accounts.SignInLock;
import eu.jdservices.caso.accounts.SignInLocks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators read the audit log (their actions and every sign-in) and the sign-in
 * locks in force, and lift a lock.
 */
@Controller
class AuditPage {

	static final int ENTRIES = 200;

	private final AuditLog audit;

	private final SignInLocks locks;

	AuditPage(AuditLog audit, SignInLocks locks) {
		this.audit = audit;
		this.locks = locks;
	}

	@GetMapping("/admin/audit")
	String show(Model model) {
		model.addAttribute("entries", this.audit.newest(ENTRIES));
		model.addAttribute("locks", this.locks.current());
		return "admin/audit";
	}

	@PostMapping("/admin/audit/unlock")
	String unlock(@RequestParam SignInLock.Kind kind, @RequestParam String subject, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done",
				this.locks.unlock(kind, subject) ? "console.audit.unlocked" : "console.audit.not-locked");
		return "redirect:/admin/audit";
	}

}
