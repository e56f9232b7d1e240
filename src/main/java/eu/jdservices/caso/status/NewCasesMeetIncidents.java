package eu.jdservices.caso.status;

import java.util.List;

import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.cases.OpeningFindings;
import eu.jdservices.caso.intake.Reason;

import org.springframework.stereotype.Component;

/**
 * S0.2: a new case that names a service (its name or a catalogue keyword, in its subject
 * or text) with an incident on now is linked to the incident (finding
 * {@code OPEN_INCIDENT}); the case is opened as usual, and its acknowledgement links the
 * incident's page.
 */
@Component
class NewCasesMeetIncidents implements OpeningFindings {

	private final Incidents incidents;

	NewCasesMeetIncidents(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public List<Found> about(Opening opening) {
		List<Service> named = opening.services();
		long caseNumber = opening.caseNumber();
		if (named.isEmpty()) {
			return List.of();
		}
		return this.incidents.onNowFor(named.stream().map(Service::key).toList()).stream().map((incident) -> {
			this.incidents.link(incident.id(), caseNumber);
			return new Found(Reason.OPEN_INCIDENT, "Incident #" + incident.id() + " \"" + incident.title() + "\" ("
					+ incident.impact() + ", " + incident.status() + "): " + this.incidents.url(incident.id()));
		}).toList();
	}

}
