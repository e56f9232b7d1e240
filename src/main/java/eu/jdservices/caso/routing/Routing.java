package eu.jdservices.caso.routing;

import java.util.List;

import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.intake.Severity;

import org.springframework.stereotype.Component;

/**
 * The routing API (S1.1): the team in charge of a new case. A case that names a catalogue
 * service goes to the service's team; otherwise the rules of {@code caso.routing.rules}
 * decide, in order; otherwise {@code caso.routing.default-team}. Reads nothing per mail:
 * the rules are configuration, the named services are given.
 */
@Component
public class Routing {

	private final RoutingRules rules;

	Routing(RoutingProperties properties) {
		this.rules = new RoutingRules(properties);
	}

	/**
	 * @param severity the new case's severity
	 * @param organization its organisation, or {@code null}
	 * @param subject its subject
	 * @param text the new text of its opening mail (quoted history left out)
	 * @param services the catalogue services it names
	 */
	public Route route(Severity severity, String organization, String subject, String text, List<Service> services) {
		return this.rules.route(severity, organization, (subject != null) ? subject : "", (text != null) ? text : "",
				services);
	}

}
