package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A customer's mail as a case sees it.
 *
 * @param sender who wrote
 * @param newContacts the people in To/Cc (our own addresses left out)
 * @param findings what the conversation rules found about it
 * @param at when it joins the case
 */
record CustomerMail(String sender, List<String> newContacts, List<NewFinding> findings, OffsetDateTime at) {

	CustomerMail {
		newContacts = List.copyOf(newContacts);
		findings = List.copyOf(findings);
	}

}
