package eu.jdservices.caso.console;

import eu.jdservices.caso.intake.ImapMailboxes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see the IMAP mailboxes Caso takes mail from (which node watches each,
 * its last fetch and last error, what waits, how many mails were taken) and test a
 * mailbox's connection.
 */
@Controller
class MailboxAdmin {

	private final ImapMailboxes mailboxes;

	MailboxAdmin(ImapMailboxes mailboxes) {
		this.mailboxes = mailboxes;
	}

	@GetMapping("/admin/mailboxes")
	String list(Model model) {
		model.addAttribute("mailboxes", this.mailboxes.list());
		return "admin/mailboxes";
	}

	@PostMapping("/admin/mailboxes/{index}/test")
	String test(@PathVariable int index, RedirectAttributes redirect) {
		if (index < 0 || index >= this.mailboxes.list().size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("test", this.mailboxes.test(index));
		return "redirect:/admin/mailboxes#mailbox-" + index;
	}

}
