package eu.jdservices.caso.status;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The public status page (S0.2, no sign-in, Spanish or English): {@code /status} with
 * each service's state now and its history of days (a bar per day, coloured by the worst
 * state of that day, with its words for screen readers), the open incidents with their
 * updates, the maintenance to come; {@code /status/incidents/<id>}, the page of one
 * incident (the acknowledgements and update mails link there); {@code /status/feed.atom}.
 */
@Controller
class StatusPages {

	/** Short: a new incident shows within a minute. */
	static final String CACHE = "public, max-age=30";

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final Incidents incidents;

	private final MessageSource messages;

	private final AtomFeed feed;

	private final StatusProperties properties;

	StatusPages(Incidents incidents, MessageSource messages, AtomFeed feed, StatusProperties properties) {
		this.incidents = incidents;
		this.messages = messages;
		this.feed = feed;
		this.properties = properties;
	}

	@GetMapping("/status")
	String status(Locale locale, Model model, HttpServletResponse response) {
		StatusBoard board = this.incidents.board();
		StatusTexts texts = texts(locale);
		response.setHeader("Cache-Control", CACHE);
		// 50 services of 90 days are 4,500 bars but at most 90 x 5 different ones: each
		// (day, state) is put into words and written as HTML (escaped) once per page, and
		// a
		// service's bars are joined here: 4,500 template elements cost 70 ms a page
		Map<DayState, String> bars = new HashMap<>();
		List<ServiceView> services = board.services()
			.stream()
			.map((service) -> new ServiceView(service.key(), service.name(), service.state().css(),
					texts.state(service.state()),
					String.join("",
							service.history()
								.stream()
								.map((day) -> bars.computeIfAbsent(day, (key) -> bar(key, texts)))
								.toList())))
			.toList();
		model.addAttribute("services", services);
		model.addAttribute("allOperational",
				board.services().stream().allMatch((service) -> service.state() == ServiceState.OPERATIONAL));
		model.addAttribute("incidents", board.incidents()
			.stream()
			.map((incident) -> texts.incident(incident, board.namesOf(incident), this.incidents.url(incident.id())))
			.toList());
		model.addAttribute("upcoming", board.upcoming()
			.stream()
			.map((incident) -> texts.incident(incident, board.namesOf(incident), this.incidents.url(incident.id())))
			.toList());
		model.addAttribute("days", this.properties.historyDays());
		model.addAttribute("updated", texts.when(board.at()));
		return "public/status";
	}

	@GetMapping("/status/incidents/{id}")
	String incident(@PathVariable long id, Locale locale, Model model, HttpServletResponse response) {
		Incident incident = this.incidents.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setHeader("Cache-Control", CACHE);
		model.addAttribute("incident", texts(locale).incident(incident, this.incidents.serviceNamesOf(incident),
				this.incidents.url(incident.id())));
		return "public/incident";
	}

	@GetMapping("/status/feed.atom")
	ResponseEntity<String> feed(Locale locale) {
		StatusTexts texts = texts(locale);
		List<Incident> latest = this.incidents.latest(this.properties.feedEntries());
		String xml = this.feed.write(latest, this.incidents::serviceNamesOf, this.incidents::url, texts);
		return ResponseEntity.ok().contentType(ATOM).header("Cache-Control", CACHE).body(xml);
	}

	private StatusTexts texts(Locale locale) {
		return new StatusTexts(this.messages, locale, this.incidents.zone());
	}

	/**
	 * One day's bar: its state as a class, its words as a title and for screen readers.
	 */
	private static String bar(DayState day, StatusTexts texts) {
		String label = HtmlUtils
			.htmlEscape(texts.text("status.history.day", texts.day(day.date()), texts.state(day.state())), "UTF-8");
		return "<li class=\"day state-" + day.state().css() + "\"><span class=\"visually-hidden\">" + label
				+ "</span></li>";
	}

	/**
	 * A service on the page.
	 *
	 * @param history its days' bars, as HTML made by {@link #bar} (every text escaped)
	 */
	record ServiceView(String key, String name, String stateCss, String state, String history) {
	}

}
