package eu.jdservices.caso.console;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import eu.jdservices.caso.accounts.AgentAccount;
import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.Team;
import eu.jdservices.caso.cases.CaseDetails;
import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.CaseSummary;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Direction;
import eu.jdservices.caso.cases.LinkType;
import eu.jdservices.caso.cases.Status;
import eu.jdservices.caso.intake.SenderAuthentication;
import eu.jdservices.caso.knowledge.Knowledge;
import eu.jdservices.caso.intake.SenderVerdict;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.meetings.MeetingKind;
import eu.jdservices.caso.meetings.MeetingView;
import eu.jdservices.caso.meetings.Meetings;
import eu.jdservices.caso.timers.Deadlines;
import eu.jdservices.caso.timers.ResponseTarget;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case queue and one case with its thread.
 */
@Controller
class CaseViews {

	/** How many articles the reply form offers. */
	private static final int PICKER = 10;

	/** How many cases the "breaching soon" list shows. */
	private static final int SOON_LISTED = 10;

	/** How often an open queue refreshes its counts, "breaching soon" and its list. */
	private static final int QUEUE_REFRESH_MILLIS = 10_000;

	private final Cases cases;

	private final ContactCards contactCards;

	private final SafeHtml safeHtml;

	private final Deadlines deadlines;

	private final SenderAuthentication senderAuthentication;

	private final Knowledge knowledge;

	private final Meetings meetings;

	private final Agents agents;

	private final CannedResponses canned;

	private final SavedViews savedViews;

	CaseViews(Cases cases, ContactCards contactCards, SafeHtml safeHtml, Deadlines deadlines,
			SenderAuthentication senderAuthentication, Knowledge knowledge, Meetings meetings, Agents agents,
			CannedResponses canned, SavedViews savedViews) {
		this.cases = cases;
		this.contactCards = contactCards;
		this.safeHtml = safeHtml;
		this.deadlines = deadlines;
		this.senderAuthentication = senderAuthentication;
		this.knowledge = knowledge;
		this.meetings = meetings;
		this.agents = agents;
		this.canned = canned;
		this.savedViews = savedViews;
	}

	@GetMapping("/cases")
	String queue(@RequestParam(required = false) Status status, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean waiting,
			@RequestParam(required = false) String breach, @RequestParam(required = false) String team,
			@RequestParam(required = false) String assignee, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			@RequestParam(defaultValue = "desc") String order, @RequestParam(defaultValue = "number") String sort,
			Principal agent, Model model) {
		QueueFilters filters = new QueueFilters(status, severity, q, waiting, breach, team, assignee, mine, page, size,
				"asc".equalsIgnoreCase(order), sort);
		CaseQuery query = filters.query(agent.getName(), this.deadlines);
		Cases.Page found = filters.byDue() ? filters.byDue(agent.getName(), this.deadlines, this.cases)
				: this.cases.list(query);
		model.addAttribute("refreshMillis", QUEUE_REFRESH_MILLIS);
		model.addAttribute("sorts", QueueFilters.SORTS);
		model.addAttribute("deadlines", this.deadlines.of(found.items().stream().map(CaseSummary::number).toList()));
		model.addAttribute("filters", filters);
		model.addAttribute("found", found);
		model.addAttribute("counts", this.cases.countByStatus(query));
		model.addAttribute("statuses", Status.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("hasNext", (long) (filters.page() + 1) * filters.size() < found.total());
		return "cases/list";
	}

	/**
	 * The queue's panels, loaded after its list (so the list itself stays a handful of
	 * queries): the agent's saved views, with the form that saves the queue's link, and
	 * the bulk actions that go back to {@code back}.
	 */
	@GetMapping("/cases/panels")
	String panels(@RequestParam(defaultValue = "/cases") String link,
			@RequestParam(defaultValue = "/cases") String back, Principal agent, Model model) {
		model.addAttribute("views", this.savedViews.of(agent.getName()));
		model.addAttribute("agents", this.agents.list().stream().filter(AgentAccount::enabled).toList());
		model.addAttribute("link", link);
		model.addAttribute("back", back);
		return "cases/queue-panels :: panels";
	}

	/** The open cases about to miss their response target; the queue asks every 10 s. */
	@GetMapping("/cases/soon")
	String soon(Model model) {
		List<Long> soon = this.deadlines.casesWith(ResponseTarget.SOON);
		model.addAttribute("soon",
				soon.isEmpty() ? List.of()
						: this.cases.list(new CaseQuery(null, null, null, null, null, soon, 0, SOON_LISTED))
							.items()
							.stream()
							.filter((summary) -> !summary.status().isEnded())
							.toList());
		return "cases/queue-panels :: soon";
	}

	@GetMapping("/cases/{number}")
	String show(@PathVariable long number, Model model) {
		prepare(number, model);
		return "cases/detail";
	}

	/**
	 * What the case view shows: the case, its contacts as the directory knows them, and
	 * the customers' HTML mails sanitised.
	 */
	void prepare(long number, Model model) {
		CaseDetails details = this.cases.find(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("details", details);
		model.addAttribute("articles", articles(details.summary()));
		model.addAttribute("deadlines", this.deadlines.of(number));
		List<ContactCards.Card> cards = this.contactCards.of(details.summary());
		model.addAttribute("contactCards", cards);
		// S2.3: on A and B cases, agents may offer English to contacts who work in it
		model.addAttribute("englishContacts",
				cards.stream()
					.filter(ContactCards.Card::acceptsEnglish)
					.map((card) -> (card.name() != null) ? card.name() : card.email())
					.toList());
		model.addAttribute("formatted", formatted(details));
		Map<Long, SenderVerdict> senders = senders(details);
		model.addAttribute("senders", senders);
		model.addAttribute("openingSender",
				details.messages()
					.stream()
					.filter((message) -> message.direction() == Direction.IN)
					.findFirst()
					.map((message) -> senders.get(message.id()))
					.orElse(null));
		model.addAttribute("severities", Severity.values());
		model.addAttribute("linkTypes", LinkType.agentTypes());
		List<MeetingView> meetings = this.meetings.of(number);
		model.addAttribute("meetingsOpen", meetings.stream().filter((meeting) -> meeting.status().isOpen()).toList());
		model.addAttribute("meetingsDone", meetings.stream().filter((meeting) -> !meeting.status().isOpen()).toList());
		model.addAttribute("meetingKinds", MeetingKind.values());
		model.addAttribute("teams", this.agents.teams().stream().map(Team::name).toList());
		model.addAttribute("agents", this.agents.list().stream().filter(AgentAccount::enabled).toList());
		String agent = signedIn();
		String agentTeam = this.agents.find(agent).map(AgentAccount::team).orElse(null);
		model.addAttribute("canned", this.canned.usableBy(agent, agentTeam, details.summary().team()));
		model.addAttribute("seen", lastMessageId(details));
	}

	/** The newest message of the case: what a composer "has seen" when it was shown. */
	static long lastMessageId(CaseDetails details) {
		return details.messages().stream().mapToLong(CaseDetails.Message::id).max().orElse(0);
	}

	/** The signed-in agent's e-mail. */
	static String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "";
	}

	/**
	 * The sender verdict of each customer mail, by message id: as the intake recorded it
	 * (looked up by Message-ID), "none" when it recorded none.
	 */
	private Map<Long, SenderVerdict> senders(CaseDetails details) {
		List<CaseDetails.Message> incoming = details.messages()
			.stream()
			.filter((message) -> message.direction() == Direction.IN)
			.toList();
		Map<String, SenderVerdict> recorded = this.senderAuthentication
			.ofMessages(incoming.stream().map(CaseDetails.Message::messageId).filter(Objects::nonNull).toList());
		Map<Long, SenderVerdict> senders = new HashMap<>();
		for (CaseDetails.Message message : incoming) {
			SenderVerdict verdict = (message.messageId() != null) ? recorded.get(message.messageId()) : null;
			senders.put(message.id(), (verdict != null) ? verdict
					: new SenderVerdict(SenderVerdict.Status.NONE, SenderVerdict.Source.NONE, ""));
		}
		return senders;
	}

	/**
	 * The public articles the reply form offers to link: the best matches of the case's
	 * subject in its language, else the latest ones.
	 */
	private List<Picked> articles(CaseSummary summary) {
		List<Picked> matching = this.knowledge.search(summary.subject(), summary.language(), false, PICKER)
			.stream()
			.map((found) -> new Picked(found.article().id(), found.translation().title()))
			.toList();
		if (!matching.isEmpty()) {
			return matching;
		}
		return this.knowledge.all()
			.stream()
			.filter(eu.jdservices.caso.knowledge.Article::isPublic)
			.flatMap((article) -> article.in(summary.language())
				.stream()
				.map((translation) -> new Picked(article.id(), translation.title())))
			.limit(PICKER)
			.toList();
	}

	/** An article the reply form can link. */
	record Picked(long id, String title) {
	}

	/** The sanitised HTML of each customer mail that has one, by message id. */
	private Map<Long, String> formatted(CaseDetails details) {
		Map<Long, String> formatted = new HashMap<>();
		for (CaseDetails.Message message : details.messages()) {
			// a cut text was searched for secrets only as far as it goes: its HTML is not
			// shown
			String clean = (message.direction() == Direction.IN && !message.textCut())
					? this.safeHtml.clean(message.html()) : "";
			if (!clean.isBlank()) {
				formatted.put(message.id(), clean);
			}
		}
		return formatted;
	}

}
