package eu.jdservices.caso.api;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.jdservices.caso.cases.CaseActions;
import eu.jdservices.caso.cases.LinkType;
import eu.jdservices.caso.intake.Severity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents' actions on a case. Each answers with the case as it is afterwards.
 */
@RestController
@RequestMapping("/api/cases/{number}")
class CaseActionsController {

	private final CaseActions actions;

	private final CaseJson json;

	CaseActionsController(CaseActions actions, CaseJson json) {
		this.actions = actions;
		this.json = json;
	}

	record Reply(@NotBlank @Size(max = 100_000) String text, Boolean internal) {
	}

	record RequestInfo(@NotBlank @Size(max = 100_000) String text) {
	}

	record Close(@Size(max = 100_000) String resolution) {
	}

	record Cancel(@Size(max = 100_000) String reason) {
	}

	record Change(Severity severity, @Size(max = 100) String team, @Size(max = 320) String assignee) {
	}

	record Merge(@NotNull Long into) {
	}

	record Split(@NotEmpty List<Long> messageIds) {
	}

	record Link(@NotNull Long number, @Size(max = 30) String type) {
	}

	@PostMapping("/replies")
	@ResponseStatus(HttpStatus.CREATED)
	CaseJson.Detail reply(@PathVariable long number, @Valid @RequestBody Reply reply, Principal agent) {
		this.actions.reply(number, agent.getName(), reply.text(), Boolean.TRUE.equals(reply.internal()));
		return show(number);
	}

	@PostMapping("/request-info")
	CaseJson.Detail requestInfo(@PathVariable long number, @Valid @RequestBody RequestInfo request, Principal agent) {
		this.actions.requestInformation(number, agent.getName(), request.text());
		return show(number);
	}

	@PostMapping("/close")
	CaseJson.Detail close(@PathVariable long number, @Valid @RequestBody(required = false) Close close,
			Principal agent) {
		this.actions.close(number, agent.getName(), (close != null) ? close.resolution() : null);
		return show(number);
	}

	@PostMapping("/cancel")
	CaseJson.Detail cancel(@PathVariable long number, @Valid @RequestBody(required = false) Cancel cancel,
			Principal agent) {
		this.actions.cancel(number, agent.getName(), (cancel != null) ? cancel.reason() : null);
		return show(number);
	}

	@PatchMapping
	CaseJson.Detail change(@PathVariable long number, @Valid @RequestBody Change change, Principal agent) {
		this.actions.update(number, agent.getName(), change.severity(), change.team(), change.assignee());
		return show(number);
	}

	@PostMapping("/merge")
	CaseJson.Detail merge(@PathVariable long number, @Valid @RequestBody Merge merge, Principal agent) {
		this.actions.merge(number, merge.into(), agent.getName());
		return show(merge.into());
	}

	@PostMapping("/split")
	@ResponseStatus(HttpStatus.CREATED)
	CaseJson.Detail split(@PathVariable long number, @Valid @RequestBody Split split, Principal agent) {
		return show(this.actions.split(number, split.messageIds(), agent.getName()));
	}

	@PostMapping("/links")
	CaseJson.Detail link(@PathVariable long number, @Valid @RequestBody Link link, Principal agent) {
		String type = (link.type() != null && !link.type().isBlank()) ? link.type() : LinkType.RELATED.name();
		this.actions.link(number, link.number(), LinkType.agentType(type).orElseThrow(() -> new UnknownLinkType(type)),
				agent.getName());
		return show(number);
	}

	private CaseJson.Detail show(long number) {
		return this.json.find(number).orElseThrow();
	}

}
