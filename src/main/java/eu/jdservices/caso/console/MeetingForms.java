package eu.jdservices.caso.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import eu.jdservices.caso.meetings.MeetingKind;
import eu.jdservices.caso.meetings.MeetingOutcome;
import eu.jdservices.caso.meetings.MeetingRefused;
import eu.jdservices.caso.meetings.Meetings;
import eu.jdservices.caso.meetings.ScheduleMeeting;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings from the console: the case view's meetings panel (schedule, move, cancel,
 * answer a proposed time, record what happened) and an agent's meetings of the day. Times
 * are entered and shown in the agent's zone (the business calendar's); the invitations
 * carry them in each contact's.
 */
@Controller
class MeetingForms {

	private final Meetings meetings;

	private final CaseViews views;

	private final Clock clock;

	MeetingForms(Meetings meetings, CaseViews views, Clock clock) {
		this.meetings = meetings;
		this.views = views;
		this.clock = clock;
	}

	@PostMapping("/cases/{number}/meetings")
	String schedule(@PathVariable long number, @RequestParam(defaultValue = "") String start,
			@RequestParam(defaultValue = "30") String duration, @RequestParam(defaultValue = "CALL") MeetingKind kind,
			@RequestParam(defaultValue = "") String joinUrl, @RequestParam(defaultValue = "") String phone,
			@RequestParam(name = "attendee", required = false) List<String> attendees, Principal agent, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		OffsetDateTime at = agentTime(start);
		Integer minutes = minutes(duration);
		String problem = (at == null) ? "console.meetings.start-invalid"
				: (minutes == null) ? "console.meetings.duration-invalid" : null;
		if (problem != null) {
			return invalid(number, "meeting-schedule", problem, model, response);
		}
		return act(number, "console.meetings.scheduled", redirect,
				() -> this.meetings
					.schedule(number, new ScheduleMeeting(at, minutes, kind, joinUrl.strip(), phone.strip(), attendees),
							agent.getName(), locale)
					.warnings());
	}

	@PostMapping("/cases/{number}/meetings/{id}/reschedule")
	String reschedule(@PathVariable long number, @PathVariable long id, @RequestParam(defaultValue = "") String start,
			@RequestParam(defaultValue = "") String duration, Principal agent, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OffsetDateTime at = agentTime(start);
		Integer minutes = duration.isBlank() ? null : minutes(duration);
		String problem = (at == null) ? "console.meetings.start-invalid"
				: (minutes == null && !duration.isBlank()) ? "console.meetings.duration-invalid" : null;
		if (problem != null) {
			return invalid(number, "meeting-reschedule-" + id, problem, model, response);
		}
		return act(number, "console.meetings.rescheduled", redirect,
				() -> this.meetings.reschedule(number, id, at, minutes, agent.getName(), locale).warnings());
	}

	@PostMapping("/cases/{number}/meetings/{id}/cancel")
	String cancel(@PathVariable long number, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			Principal agent, RedirectAttributes redirect) {
		return act(number, "console.meetings.cancelled", redirect, () -> {
			this.meetings.cancel(number, id, reason.isBlank() ? null : reason.strip(), agent.getName());
			return List.of();
		});
	}

	@PostMapping("/cases/{number}/meetings/{id}/outcome")
	String outcome(@PathVariable long number, @PathVariable long id, @RequestParam MeetingOutcome outcome,
			Principal agent, RedirectAttributes redirect) {
		return act(number, "console.meetings.recorded." + outcome, redirect, () -> {
			this.meetings.outcome(number, id, outcome, agent.getName());
			return List.of();
		});
	}

	@PostMapping("/cases/{number}/meetings/{id}/proposals/{proposal}/accept")
	String acceptProposal(@PathVariable long number, @PathVariable long id, @PathVariable long proposal,
			Principal agent, RedirectAttributes redirect) {
		return act(number, "console.meetings.proposal-accepted", redirect, () -> {
			this.meetings.acceptProposal(number, id, proposal, agent.getName());
			return List.of();
		});
	}

	@PostMapping("/cases/{number}/meetings/{id}/proposals/{proposal}/decline")
	String declineProposal(@PathVariable long number, @PathVariable long id, @PathVariable long proposal,
			Principal agent, RedirectAttributes redirect) {
		return act(number, "console.meetings.proposal-declined", redirect, () -> {
			this.meetings.declineProposal(number, id, proposal, agent.getName());
			return List.of();
		});
	}

	/** The meetings the agent scheduled on a day (today unless another is asked for). */
	@GetMapping("/meetings/today")
	String today(@RequestParam(required = false) String day, Principal agent, Model model) {
		ZoneId zone = this.meetings.agentZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		LocalDate shown = today;
		if (day != null) {
			try {
				shown = LocalDate.parse(day.strip());
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("dayInvalid", day);
			}
		}
		model.addAttribute("day", shown);
		model.addAttribute("isToday", shown.equals(today));
		model.addAttribute("zone", zone.getId());
		model.addAttribute("meetings", this.meetings.on(shown, zone, agent.getName()));
		return "meetings/today";
	}

	/**
	 * Does the action and goes back to the case's meetings panel, with what was done and
	 * any warning, or the reason it was refused.
	 */
	private String act(long number, String done, RedirectAttributes redirect, Supplier<List<String>> doing) {
		try {
			List<String> warnings = doing.get();
			redirect.addFlashAttribute("done", done);
			redirect.addFlashAttribute("meetingWarnings", warnings);
		}
		catch (MeetingRefused refused) {
			redirect.addFlashAttribute("refused",
					new CaseActionForms.Refused(refused.refusal().messageKey(), List.of(refused.args())));
		}
		return "redirect:/cases/" + number + "#meetings";
	}

	private String invalid(long number, String form, String problem, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		this.views.prepare(number, model);
		model.addAttribute("invalid", new CaseActionForms.Invalid(form, problem, ""));
		return "cases/detail";
	}

	/** A time as a browser's date-time field sends it, read in the agent's zone. */
	private OffsetDateTime agentTime(String value) {
		try {
			return LocalDateTime.parse(value.strip()).atZone(this.meetings.agentZone()).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Integer minutes(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
