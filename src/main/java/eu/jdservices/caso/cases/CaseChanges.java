package eu.jdservices.caso.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed on a case since it was loaded, for the repository to store: whether its
 * own fields changed, the contacts added and removed, new links, findings and history.
 */
final class CaseChanges {

	private boolean fields;

	private final List<String> addedContacts = new ArrayList<>();

	private final List<String> removedContacts = new ArrayList<>();

	private final List<CaseLink> links = new ArrayList<>();

	private final List<NewFinding> findings = new ArrayList<>();

	private final List<CaseDetails.Change> history = new ArrayList<>();

	void fieldsChanged() {
		this.fields = true;
	}

	void contactAdded(String email) {
		this.addedContacts.add(email);
	}

	void contactRemoved(String email) {
		if (!this.addedContacts.remove(email)) {
			this.removedContacts.add(email);
		}
	}

	void linked(CaseLink link) {
		this.links.add(link);
	}

	void found(NewFinding finding) {
		this.findings.add(finding);
	}

	void recorded(CaseDetails.Change change) {
		this.history.add(change);
	}

	/** Whether the case's own fields (status, severity, team …) changed. */
	boolean fields() {
		return this.fields;
	}

	List<String> addedContacts() {
		return List.copyOf(this.addedContacts);
	}

	List<String> removedContacts() {
		return List.copyOf(this.removedContacts);
	}

	List<CaseLink> links() {
		return List.copyOf(this.links);
	}

	List<NewFinding> findings() {
		return List.copyOf(this.findings);
	}

	List<CaseDetails.Change> history() {
		return List.copyOf(this.history);
	}

}
