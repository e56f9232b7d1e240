package eu.jdservices.caso.status;

import java.util.List;

/**
 * An update of an incident is to go to the contacts of its linked, still open cases (one
 * mail per case, threaded to it, in its language).
 *
 * @param incident the incident as it is now
 * @param update the update
 * @param url the incident's page
 * @param caseNumbers the cases whose contacts are told
 */
public record IncidentUpdatePosted(IncidentLink incident, IncidentUpdate update, String url, List<Long> caseNumbers) {

	public IncidentUpdatePosted {
		caseNumbers = List.copyOf(caseNumbers);
	}

}
