package eu.jdservices.caso.api;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.jdservices.caso.meetings.MeetingKind;
import eu.jdservices.caso.meetings.MeetingOutcome;
import eu.jdservices.caso.meetings.MeetingView;
import eu.jdservices.caso.meetings.Meetings;
import eu.jdservices.caso.meetings.ScheduleMeeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings of a case (CONTRACT.md "Meetings"): schedule, reschedule, cancel, outcome, and
 * the answer to a time an attendee proposed; each change answers with the meeting as it
 * is afterwards.
 */
@RestController
@RequestMapping("/api/cases/{number}/meetings")
class MeetingController {

	private final Meetings meetings;

	MeetingController(Meetings meetings) {
		this.meetings = meetings;
	}

	record Schedule(@NotNull OffsetDateTime start, @NotNull @Min(1) @Max(480) Integer durationMinutes,
			@NotNull MeetingKind kind, @Size(max = 2000) String joinUrl, @Size(max = 60) String phone,
			@Size(max = 50) List<@Size(max = 320) String> attendees) {
	}

	record Reschedule(@NotNull OffsetDateTime start, @Min(1) @Max(480) Integer durationMinutes) {
	}

	record Cancel(@Size(max = 2000) String reason) {
	}

	record Outcome(@NotNull MeetingOutcome outcome) {
	}

	@GetMapping
	List<MeetingView> list(@PathVariable long number) {
		return this.meetings.of(number);
	}

	@GetMapping("/{id}")
	MeetingView show(@PathVariable long number, @PathVariable long id) {
		return this.meetings.find(number, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Meetings.Scheduled schedule(@PathVariable long number, @Valid @RequestBody Schedule schedule, Principal agent,
			Locale locale) {
		return this.meetings.schedule(number, new ScheduleMeeting(schedule.start(), schedule.durationMinutes(),
				schedule.kind(), schedule.joinUrl(), schedule.phone(), schedule.attendees()), agent.getName(), locale);
	}

	@PostMapping("/{id}/reschedule")
	Meetings.Scheduled reschedule(@PathVariable long number, @PathVariable long id,
			@Valid @RequestBody Reschedule reschedule, Principal agent, Locale locale) {
		return this.meetings.reschedule(number, id, reschedule.start(), reschedule.durationMinutes(), agent.getName(),
				locale);
	}

	@PostMapping("/{id}/cancel")
	MeetingView cancel(@PathVariable long number, @PathVariable long id,
			@Valid @RequestBody(required = false) Cancel cancel, Principal agent) {
		this.meetings.cancel(number, id, (cancel != null) ? cancel.reason() : null, agent.getName());
		return this.meetings.find(number, id);
	}

	@PostMapping("/{id}/outcome")
	MeetingView outcome(@PathVariable long number, @PathVariable long id, @Valid @RequestBody Outcome outcome,
			Principal agent) {
		this.meetings.outcome(number, id, outcome.outcome(), agent.getName());
		return this.meetings.find(number, id);
	}

	@PostMapping("/{id}/proposals/{proposal}/accept")
	MeetingView acceptProposal(@PathVariable long number, @PathVariable long id, @PathVariable long proposal,
			Principal agent) {
		this.meetings.acceptProposal(number, id, proposal, agent.getName());
		return this.meetings.find(number, id);
	}

	@PostMapping("/{id}/proposals/{proposal}/decline")
	MeetingView declineProposal(@PathVariable long number, @PathVariable long id, @PathVariable long proposal,
			Principal agent) {
		this.meetings.declineProposal(number, id, proposal, agent.getName());
		return this.meetings.find(number, id);
	}

}
