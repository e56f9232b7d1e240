package eu.jdservices.caso.console;

import java.security.Principal;
import java.util.List;

import eu.jdservices.caso.accounts.AgentAccount;
import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.cases.Cases;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an open case view asks every few seconds: the case's newest message (so that a new
 * mail appears without reloading) and the other agents viewing or writing on the case (so
 * that two agents do not answer the same mail). Each question also reports the asking
 * agent as viewing (and typing).
 */
@RestController
class CaseLive {

	private final Cases cases;

	private final Presence presence;

	private final Agents agents;

	CaseLive(Cases cases, Presence presence, Agents agents) {
		this.cases = cases;
		this.presence = presence;
		this.agents = agents;
	}

	/**
	 * @param latest id of the case's newest message
	 * @param viewers the other agents on the case now
	 */
	record Live(long latest, List<Viewer> viewers) {
	}

	/**
	 * @param agent e-mail
	 * @param name display name (the e-mail when there is none)
	 * @param typing writing in the composer
	 */
	record Viewer(String agent, String name, boolean typing) {
	}

	@GetMapping("/cases/{number}/live")
	Live live(@PathVariable long number, @RequestParam(defaultValue = "false") boolean typing, Principal agent) {
		this.presence.report(number, agent.getName(), typing);
		List<Viewer> viewers = this.presence.others(number, agent.getName())
			.stream()
			.map((other) -> new Viewer(other.agent(), name(other.agent()), other.typing()))
			.toList();
		return new Live(this.cases.lastMessageId(number), viewers);
	}

	private String name(String agent) {
		return this.agents.find(agent)
			.map(AgentAccount::name)
			.filter((name) -> name != null && !name.isBlank())
			.orElse(agent);
	}

	@Scheduled(fixedDelay = 60_000)
	void forgetStalePresence() {
		this.presence.forgetStale();
	}

}
