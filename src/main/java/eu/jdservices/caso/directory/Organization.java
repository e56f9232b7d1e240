package eu.jdservices.caso.directory;

import java.util.List;

/**
 * A customer organisation as the directory knows it.
 *
 * @param name unique name
 * @param domains its mail domains
 * @param contacts how many contacts it has
 */
public record Organization(String name, List<String> domains, int contacts) {

	public Organization {
		domains = List.copyOf(domains);
	}

}
