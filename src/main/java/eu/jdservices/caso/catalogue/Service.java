package eu.jdservices.caso.catalogue;

import java.util.List;

/**
 * One of the provider's services, as the status page, routing and contracts name it.
 *
 * @param key unique, stable identifier ({@code correo}, {@code erp})
 * @param name the name customers know it by
 * @param keywords the words that name it in a mail: its Spanish and English aliases in
 * one list
 * @param team the team that owns it, or {@code null}
 */
public record Service(String key, String name, List<String> keywords, String team) {

	public Service {
		keywords = List.copyOf(keywords);
	}

}
