package eu.jdservices.caso.routing;

/**
 * Where a new case goes (S1.1).
 *
 * @param team the team in charge, or {@code null} when nothing routes it and there is no
 * default team
 * @param because why, in English, for the case's history
 */
public record Route(String team, String because) {

	static Route nowhere() {
		return new Route(null, "no service, rule or default team routes it");
	}

}
