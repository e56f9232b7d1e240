package eu.jdservices.caso.api;

import java.util.List;

import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.InboundRecord;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What became of inbound mail: one record per stored mail with that Message-ID.
 */
@RestController
class InboundController {

	private final InboundMails inbound;

	InboundController(InboundMails inbound) {
		this.inbound = inbound;
	}

	@GetMapping("/api/inbound")
	List<InboundRecord> byMessageId(@RequestParam String messageId) {
		return this.inbound.findByMessageId(messageId);
	}

}
