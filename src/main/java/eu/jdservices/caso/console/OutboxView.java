package eu.jdservices.caso.console;

import eu.jdservices.caso.outbound.DevOutboxFiles;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The mails Caso sent while no relay is configured (the dev outbox), to read what a
 * customer would have received.
 */
@Controller
class OutboxView {

	static final int SHOWN = 200;

	private final DevOutboxFiles outbox;

	OutboxView(DevOutboxFiles outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/outbox")
	String list(Model model) {
		model.addAttribute("inUse", this.outbox.inUse());
		model.addAttribute("files", this.outbox.newest(SHOWN));
		return "outbox/list";
	}

	@GetMapping("/outbox/{name}")
	ResponseEntity<byte[]> download(@PathVariable String name) {
		byte[] raw = this.outbox.read(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return AttachmentDownloads.asDownload(name, MediaType.parseMediaType("message/rfc822"), raw);
	}

}
