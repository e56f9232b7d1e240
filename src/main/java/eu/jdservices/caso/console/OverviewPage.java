package eu.jdservices.caso.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.jdservices.caso.console.BarChart.Value;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The overview for team leads and administrators, with its charts drawn as SVG by the
 * server, and the same figures as CSV.
 */
@Controller
class OverviewPage {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

	private final Overview overview;

	OverviewPage(Overview overview) {
		this.overview = overview;
	}

	@GetMapping("/overview")
	String show(Authentication agent, Model model) {
		allowed(agent);
		Overview.Figures figures = this.overview.figures();
		model.addAttribute("figures", figures);
		model.addAttribute("severities", Overview.SEVERITIES);
		model.addAttribute("openChart",
				BarChart.of(Overview.SEVERITIES.stream()
					.map((s) -> new Value(s, figures.openBySeverity().get(s),
							String.valueOf(figures.openBySeverity().get(s)), "severity-" + s))
					.toList(), 80));
		Overview.Period month = figures.periods().get(figures.periods().size() - 1);
		model.addAttribute("targetsChart", BarChart.of(Overview.SEVERITIES.stream().map((s) -> {
			Integer percent = month.targetsMet().get(s);
			return new Value(s, (percent != null) ? percent : 0, (percent != null) ? percent + " %" : "—",
					"severity-" + s);
		}).toList(), 80));
		List<Value> days = new ArrayList<>();
		List<LocalDate> dates = List.copyOf(figures.incoming().keySet());
		for (int i = 0; i < dates.size(); i++) {
			long count = figures.incoming().get(dates.get(i));
			// a date under every fifth bar and the last one, a count above the bars that
			// have mail
			String label = (i % 5 == 0 || i == dates.size() - 1) ? DAY.format(dates.get(i)) : "";
			days.add(new Value(label, count, (count > 0) ? String.valueOf(count) : "", "incoming"));
		}
		model.addAttribute("incomingChart", BarChart.of(days, 28));
		return "overview/overview";
	}

	@GetMapping(value = "/overview.csv", produces = "text/csv")
	ResponseEntity<String> csv(Authentication agent) {
		allowed(agent);
		Overview.Figures figures = this.overview.figures();
		StringBuilder csv = new StringBuilder("figure,team,severity,days,value\n");
		figures.open()
			.forEach((team,
					counts) -> counts.forEach((severity, count) -> csv.append("open_cases,")
						.append(quoted(team))
						.append(',')
						.append(severity)
						.append(",,")
						.append(count)
						.append('\n')));
		for (Overview.Period period : figures.periods()) {
			for (String severity : Overview.SEVERITIES) {
				row(csv, "opened", severity, period.days(), String.valueOf(period.opened().get(severity)));
				Integer met = period.targetsMet().get(severity);
				row(csv, "response_targets_met_percent", severity, period.days(), (met != null) ? met.toString() : "");
			}
			period.medianFirstResponse()
				.forEach((severity, median) -> row(csv, "median_first_response_minutes",
						severity.equals("all") ? "" : severity, period.days(),
						(median != null) ? String.valueOf(median.toMinutes()) : ""));
			row(csv, "customer_windows_expired", "", period.days(), String.valueOf(period.windowsExpired()));
			row(csv, "silence_downgrades", "", period.days(), String.valueOf(period.downgrades()));
			row(csv, "silence_cancellations", "", period.days(), String.valueOf(period.cancellations()));
		}
		for (Map.Entry<LocalDate, Long> day : figures.incoming().entrySet()) {
			csv.append("incoming_mail,,,").append(day.getKey()).append(',').append(day.getValue()).append('\n');
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"caso-overview.csv\"")
			.body(csv.toString());
	}

	private static void row(StringBuilder csv, String figure, String severity, int days, String value) {
		csv.append(figure)
			.append(",,")
			.append(severity)
			.append(',')
			.append(days)
			.append(',')
			.append(value)
			.append('\n');
	}

	private static String quoted(String value) {
		return (value.contains(",") || value.contains("\"")) ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	private static void allowed(Authentication agent) {
		if (!CannedResponsePages.mayShare(agent)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
