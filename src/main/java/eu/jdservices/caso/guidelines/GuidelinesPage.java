package eu.jdservices.caso.guidelines;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.policy.PolicyProperties;
import eu.jdservices.caso.timers.BusinessCalendar;
import eu.jdservices.caso.timers.TimersProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page {@code /guidelines} (S4.4, no sign-in, Spanish or English): the
 * case-opening guidelines as the running configuration makes them: the intake addresses,
 * the severity table with the customer's window and our target in words, office hours,
 * time zone and this year's holidays, each rule S0 to S3 under an anchor named after it
 * ({@code id="S1.7"}: the mails link there), its version and what changed between
 * versions.
 */
@Controller
class GuidelinesPage {

	/** The rules of each section, in the order of the published page. */
	static final List<Section> SECTIONS = List.of(new Section("S0", List.of("S0.1", "S0.2")),
			new Section("S1",
					List.of("S1.1", "S1.2", "S1.3", "S1.4", "S1.5", "S1.6", "S1.7", "S1.8", "S1.9", "S1.10", "S1.11")),
			new Section("S2", List.of("S2.1", "S2.2", "S2.3", "S2.4", "S2.5", "S2.6", "S2.7")),
			new Section("S3", List.of("S3.1", "S3.2")));

	private final GuidelinesEditions editions;

	private final IntakeAddresses addresses;

	private final TimersProperties timers;

	private final BusinessCalendar calendar;

	private final PolicyProperties policy;

	private final MessageSource messages;

	private final Clock clock;

	GuidelinesPage(GuidelinesEditions editions, IntakeAddresses addresses, TimersProperties timers,
			BusinessCalendar calendar, PolicyProperties policy, MessageSource messages, Clock clock) {
		this.editions = editions;
		this.addresses = addresses;
		this.timers = timers;
		this.calendar = calendar;
		this.policy = policy;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/guidelines")
	String guidelines(Locale locale, Model model, HttpServletResponse response) {
		GuidelinesEdition edition = this.editions.current();
		response.setHeader("Cache-Control", "public, max-age=300");
		response.setHeader("ETag", "\"" + edition.version() + "-" + locale.getLanguage() + "\"");
		model.addAttribute("version", edition.version());
		model.addAttribute("since", date(edition.publishedAt().atZone(this.calendar.zone()).toLocalDate(), locale));
		model.addAttribute("changes", changes(locale));
		model.addAttribute("sections", sections(locale));
		model.addAttribute("severities", severities(locale));
		model.addAttribute("zone", this.calendar.zone().getId());
		model.addAttribute("alwaysOpen", this.calendar.isTwentyFourSeven());
		model.addAttribute("hours", hours(locale));
		Year year = Year.now(this.clock.withZone(this.calendar.zone()));
		model.addAttribute("year", year.toString());
		model.addAttribute("holidays",
				this.calendar.holidaysIn(year)
					.stream()
					.map((day) -> DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day))
					.toList());
		return "public/guidelines";
	}

	private List<String> changes(Locale locale) {
		return this.editions.history().stream().map((change) -> {
			String date = date(change.edition().publishedAt().atZone(this.calendar.zone()).toLocalDate(), locale);
			if (change.topics().isEmpty()) {
				return text("guidelines.changes.first", locale, date, change.edition().version());
			}
			String topics = change.topics()
				.stream()
				.map((topic) -> text("guidelines.topic." + topic.name(), locale))
				.collect(Collectors.joining(", "));
			return text("guidelines.changes.entry", locale, date, change.edition().version(), topics);
		}).toList();
	}

	private List<SectionView> sections(Locale locale) {
		String maxSize = this.policy.attachmentTooLarge().maxSize().toMegabytes() + " MB";
		List<SectionView> views = new ArrayList<>();
		for (Section section : SECTIONS) {
			List<RuleView> rules = new ArrayList<>();
			for (String rule : section.rules()) {
				Object[] args = switch (rule) {
					case "S1.1" -> new Object[] { this.addresses.addressOf(Severity.A),
							this.addresses.addressOf(Severity.B), this.addresses.addressOf(Severity.C) };
					case "S1.10" -> new Object[] { maxSize };
					case "S2.2" -> new Object[] { customerWindow(Severity.A, locale),
							customerWindow(Severity.B, locale), customerWindow(Severity.C, locale) };
					default -> new Object[0];
				};
				String key = "guidelines.rule." + rule;
				rules.add(new RuleView(rule, text(key + ".title", locale, args), text(key + ".text", locale, args),
						items(key + ".items", locale)));
			}
			views.add(new SectionView(section.id(), text("guidelines.section." + section.id(), locale), rules));
		}
		return views;
	}

	private List<SeverityView> severities(Locale locale) {
		return Arrays.stream(Severity.values()).map((severity) -> {
			String window = customerWindow(severity, locale);
			List<String> duties = new ArrayList<>();
			duties.add(text("guidelines.severity.duty.window", locale, window));
			duties.addAll(items("guidelines.severity." + severity + ".duties", locale));
			return new SeverityView(severity.name(), text("guidelines.severity." + severity, locale),
					this.addresses.addressOf(severity), items("guidelines.severity." + severity + ".examples", locale),
					window,
					WindowWords.of(this.timers.windows().of(severity.name()).firstResponse(), this.messages, locale),
					duties);
		}).toList();
	}

	private List<DayView> hours(Locale locale) {
		List<DayView> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			String ranges = this.calendar.hoursOn(day)
				.stream()
				.map((range) -> range.toString().replace("-", "–"))
				.collect(Collectors.joining(", "));
			days.add(new DayView(day.getDisplayName(TextStyle.FULL, locale),
					ranges.isEmpty() ? text("guidelines.hours.closed", locale) : ranges));
		}
		return days;
	}

	private String customerWindow(Severity severity, Locale locale) {
		return WindowWords.of(this.timers.windows().of(severity.name()).customerResponse(), this.messages, locale);
	}

	private List<String> items(String key, Locale locale) {
		String items = this.messages.getMessage(key, null, "", locale);
		return (items == null || items.isBlank()) ? List.of() : List.of(items.split("\\|"));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, (args.length == 0) ? null : args, locale);
	}

	private static String date(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	/** A section of the page and its rules. */
	record Section(String id, List<String> rules) {
	}

	record SectionView(String id, String title, List<RuleView> rules) {
	}

	record RuleView(String id, String title, String text, List<String> items) {
	}

	record SeverityView(String severity, String name, String address, List<String> examples, String customerWindow,
			String responseTarget, List<String> duties) {
	}

	record DayView(String day, String hours) {
	}

}
