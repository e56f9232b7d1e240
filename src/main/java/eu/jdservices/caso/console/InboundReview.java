package eu.jdservices.caso.console;

import java.security.Principal;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.HeldMail;
import eu.jdservices.caso.intake.InboundMails;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inbound mail that no case took (quarantined or rejected): an agent reads it, downloads
 * it exactly as received, discards it or releases it into processing again.
 */
@Controller
class InboundReview {

	static final int MAX_PAGE_SIZE = 100;

	private final InboundMails inbound;

	InboundReview(InboundMails inbound) {
		this.inbound = inbound;
	}

	@GetMapping("/inbound")
	String list(@RequestParam(defaultValue = "QUARANTINED") Decision decision,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size, Model model) {
		if (decision != Decision.QUARANTINED && decision != Decision.REJECTED) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		int current = Math.max(page, 0);
		int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
		HeldMail.Page found = this.inbound.held(decision, current, pageSize);
		model.addAttribute("decision", decision);
		model.addAttribute("found", found);
		model.addAttribute("page", current);
		model.addAttribute("size", pageSize);
		model.addAttribute("hasNext", (long) (current + 1) * pageSize < found.total());
		return "inbound/list";
	}

	@GetMapping("/inbound/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("reading",
				this.inbound.read(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "inbound/detail";
	}

	@GetMapping("/inbound/{id}/raw")
	ResponseEntity<byte[]> raw(@PathVariable long id) {
		byte[] raw = this.inbound.raw(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return AttachmentDownloads.asDownload("inbound-" + id + ".eml", MediaType.parseMediaType("message/rfc822"),
				raw);
	}

	@PostMapping("/inbound/{id}/discard")
	String discard(@PathVariable long id, Principal agent, RedirectAttributes redirect) {
		return done(id, this.inbound.discard(id, agent.getName()), "console.inbound.discarded", redirect);
	}

	@PostMapping("/inbound/{id}/release")
	String release(@PathVariable long id, Principal agent, RedirectAttributes redirect) {
		return done(id, this.inbound.release(id, agent.getName()), "console.inbound.released", redirect);
	}

	private String done(long id, boolean changed, String message, RedirectAttributes redirect) {
		if (!changed) {
			if (this.inbound.raw(id).isEmpty()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("done", message);
		return "redirect:/inbound/" + id;
	}

}
