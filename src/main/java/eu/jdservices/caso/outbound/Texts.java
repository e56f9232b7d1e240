package eu.jdservices.caso.outbound;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.jdservices.caso.cases.CaseSnapshot;
import eu.jdservices.caso.cases.GuidelineNote;
import eu.jdservices.caso.cases.MailToContactsRequested;
import eu.jdservices.caso.cases.NoticeRequested;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.knowledge.Knowledge;
import eu.jdservices.caso.knowledge.Suggestions;
import eu.jdservices.caso.status.IncidentLink;
import eu.jdservices.caso.status.IncidentUpdatePosted;
import eu.jdservices.caso.timers.BusinessCalendar;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of the mails Caso sends, from the message bundles
 * ({@code messages_es/en.properties}).
 */
@Component
class Texts {

	private final MessageSource messages;

	private final IntakeAddresses addresses;

	private final String guidelinesUrl;

	private final String verifyUrl;

	private final java.time.ZoneId zone;

	private final Knowledge knowledge;

	private final Suggestions suggestions;

	/** Requests about a contract (S5.3): told apart from what the guidelines ask. */
	private static final java.util.Set<Reason> CONTRACT_NOTES = java.util.EnumSet.of(Reason.CONTRACT_REQUEST,
			Reason.LATE_NOTICE);

	Texts(MessageSource messages, IntakeAddresses addresses, OutboundProperties properties, BusinessCalendar calendar,
			Knowledge knowledge, Suggestions suggestions) {
		this.messages = messages;
		this.addresses = addresses;
		this.knowledge = knowledge;
		this.suggestions = suggestions;
		this.zone = calendar.zone();
		this.guidelinesUrl = properties.baseUrl().replaceAll("/+$", "") + "/guidelines";
		this.verifyUrl = properties.baseUrl().replaceAll("/+$", "") + "/verify";
	}

	/**
	 * S1.2: case number and severity, what the guideline checks found (with the questions
	 * of S1.9), what happens next, the customer's duties.
	 */
	String acknowledgement(CaseSnapshot snapshot, List<GuidelineNote> notes, Locale locale) {
		return acknowledgement(snapshot, notes, List.of(), locale);
	}

	/**
	 * The acknowledgement of a case linked to open status-page incidents (S0.2): each is
	 * named with a link to its page.
	 */
	String acknowledgement(CaseSnapshot snapshot, List<GuidelineNote> notes, List<IncidentLink> incidents,
			Locale locale) {
		String severity = snapshot.severity().name();
		Object[] args = { greetingName(snapshot), String.valueOf(snapshot.number()), severity,
				text("severity." + severity, locale), String.join(", ", snapshot.contacts()), snapshot.tag() };
		List<GuidelineNote> guidelineNotes = notes.stream()
			.filter((note) -> note.code() != Reason.KB_SUGGESTED && !CONTRACT_NOTES.contains(note.code()))
			.toList();
		String contracts = notes.stream()
			.filter((note) -> CONTRACT_NOTES.contains(note.code()))
			.map((note) -> text(note.messageKey(), note.args().toArray(), locale))
			.collect(Collectors.joining("\n\n"));
		String guidelines = guidelineNotes.isEmpty() ? null : join(text("policy.notice.warnings.intro", locale),
				notes(guidelineNotes, locale), guidelinesLink(locale));
		String suggested = notes.stream()
			.filter((note) -> note.code() == Reason.KB_SUGGESTED)
			.findFirst()
			.map((note) -> suggestions(snapshot.number(), note, locale))
			.orElse(null);
		String incidentLinks = incidents.stream()
			.map((incident) -> text("ack.incident",
					new Object[] { incident.title(),
							text("status.incident-status." + incident.status().name().toLowerCase(Locale.ROOT), locale),
							incident.url() + "?lang=" + locale.getLanguage() },
					locale))
			.collect(Collectors.joining("\n\n"));
		return join(text("ack.greeting", args, locale), text("ack.opened", args, locale), incidentLinks, contracts,
				suggested, guidelines,
				text("ack.next.title", args, locale) + "\n" + text("ack.next." + severity, args, locale),
				text("ack.duties.title", args, locale) + "\n" + text("ack.duties", args, locale) + "\n"
						+ cited("S2", locale),
				text("ack.contacts", args, locale), signature(locale));
	}

	/** A mail that opened no case: which guideline applies and what to do instead. */
	String rejection(List<GuidelineNote> notes, Locale locale) {
		return join(text("mail.hello", new Object[] { "" }, locale), text("policy.notice.rejected.intro", locale),
				notes(notes, locale), text("policy.notice.rejected.outro", locale), guidelinesLink(locale),
				signature(locale));
	}

	/**
	 * S2.3: a severity A case opened; for the organisation's top executive and the
	 * on-call agents.
	 */
	String escalation(CaseSnapshot snapshot, Locale locale) {
		return join(
				text("escalation.body",
						new Object[] { String.valueOf(snapshot.number()), snapshot.subject(), snapshot.requester(),
								Objects.toString(snapshot.organization(), "-") },
						locale),
				cited("S2.3", locale), signature(locale));
	}

	String escalationSubject(CaseSnapshot snapshot, Locale locale) {
		return text("escalation.subject", new Object[] { snapshot.tag(), snapshot.subject() }, locale);
	}

	private String notes(List<GuidelineNote> notes, Locale locale) {
		StringBuilder text = new StringBuilder();
		for (GuidelineNote note : notes) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			if (note.code() == Reason.MISSING_INCIDENT_DETAILS) {
				text.append("- ").append(text(note.messageKey(), locale));
				for (Object item : note.args()) {
					text.append("\n   * ").append(text(String.valueOf(item), locale));
				}
			}
			else {
				text.append("- ").append(text(note.messageKey(), note.args().toArray(), locale));
			}
			if (note.code().rule() != null) {
				text.append("\n  ").append(guidelinesUrl(locale, note.code().rule()));
			}
		}
		return text.toString();
	}

	private String guidelinesLink(Locale locale) {
		return text("mail.guidelines-link", new Object[] { guidelinesUrl(locale, null) }, locale);
	}

	/**
	 * S0.1: the articles suggested for a new case, each with its address and the links to
	 * say whether it answered the question.
	 */
	private String suggestions(long caseNumber, GuidelineNote note, Locale locale) {
		StringBuilder text = new StringBuilder(text("kb.ack.intro", locale));
		for (Object id : note.args()) {
			long articleId = ((Number) id).longValue();
			this.knowledge.find(articleId)
				.flatMap((article) -> article.in(locale.getLanguage()))
				.ifPresent((translation) -> text.append("\n\n- ")
					.append(translation.title())
					.append("\n  ")
					.append(this.knowledge.url(translation.slug()))
					.append("\n  ")
					.append(text("kb.ack.helpful",
							new Object[] {
									this.suggestions.answerUrl(caseNumber, articleId, true, locale.getLanguage()) },
							locale))
					.append("\n  ")
					.append(text("kb.ack.unhelpful",
							new Object[] {
									this.suggestions.answerUrl(caseNumber, articleId, false, locale.getLanguage()) },
							locale)));
		}
		return text.toString();
	}

	/** A line linking the rule a mail cites, on the guidelines page. */
	private String cited(String rule, Locale locale) {
		return text("mail.guideline-cited", new Object[] { guidelinesUrl(locale, rule) }, locale);
	}

	/**
	 * The public guidelines page in the reader's language, at the rule cited
	 * ({@code …/guidelines?lang=es#S1.3}); at its top when no rule is cited.
	 */
	String guidelinesUrl(Locale locale, String rule) {
		return this.guidelinesUrl + "?lang=" + locale.getLanguage() + ((rule != null) ? "#" + rule : "");
	}

	/**
	 * An agent's mail to all contacts: reply, request for information, closure,
	 * cancellation, severity change.
	 */
	String toContacts(MailToContactsRequested event, Locale locale) {
		CaseSnapshot snapshot = event.snapshot();
		String number = String.valueOf(snapshot.number());
		String written = (event.text() != null) ? event.text().strip() : "";
		String body = switch (event.kind()) {
			case REPLY -> written;
			case REQUEST_INFO -> join(text("request-info.intro", new Object[] { number }, locale), written,
					text("request-info.outro", new Object[] { number }, locale), cited("S2.2", locale));
			case CLOSURE -> join(text("closure.intro", new Object[] { number }, locale), written,
					text("closed.no-reopen", new Object[] { number, intakeAddresses(locale) }, locale));
			case CANCELLATION -> join(text("cancellation.intro", new Object[] { number }, locale), written,
					text("closed.no-reopen", new Object[] { number, intakeAddresses(locale) }, locale));
			case SEVERITY_CHANGE -> join(text("severity-change.intro",
					new Object[] { number, event.previousSeverity().name(), snapshot.severity().name(),
							text("severity." + snapshot.severity().name(), locale),
							this.addresses.addressOf(snapshot.severity()) },
					locale), written);
			case REMINDER -> join(text("reminder.body", new Object[] { number, when(event.dueAt(), locale) }, locale),
					cited("S2.6", locale));
			case SILENCE_DOWNGRADE -> text("silence.downgrade",
					new Object[] { number, event.previousSeverity().name(), snapshot.severity().name(),
							text("severity." + snapshot.severity().name(), locale), when(event.dueAt(), locale),
							this.addresses.addressOf(snapshot.severity()) },
					locale) + "\n\n" + cited("S2.6", locale);
			case SILENCE_CANCELLATION -> join(text("silence.cancelled", new Object[] { number }, locale),
					text("closed.no-reopen", new Object[] { number, intakeAddresses(locale) }, locale),
					cited("S2.6", locale));
			default -> throw new IllegalArgumentException("Not a mail to contacts: " + event.kind());
		};
		return join(text("mail.hello", new Object[] { greetingName(snapshot) }, locale), body,
				text("mail.reply-all", new Object[] { snapshot.tag() }, locale), signature(locale));
	}

	/**
	 * An update of an incident the case is linked to (S0.2): its new status, the message
	 * and the link to its page.
	 */
	String incidentUpdate(CaseSnapshot snapshot, IncidentUpdatePosted posted, Locale locale) {
		String status = text("status.incident-status." + posted.update().status().name().toLowerCase(Locale.ROOT),
				locale);
		return join(text("mail.hello", new Object[] { greetingName(snapshot) }, locale),
				text("incident-update.intro",
						new Object[] { String.valueOf(snapshot.number()), posted.incident().title(), status }, locale),
				posted.update().message(),
				text("incident-update.link", new Object[] { posted.url() + "?lang=" + locale.getLanguage() }, locale),
				text("mail.reply-all", new Object[] { snapshot.tag() }, locale), signature(locale));
	}

	/** A notice to one sender: which guideline applies and what to do instead. */
	String notice(NoticeRequested notice, Locale locale) {
		String number = String.valueOf(notice.caseNumber());
		String mentioned = notice.mentioned().stream().map((other) -> "#" + other).collect(Collectors.joining(", "));
		Object[] args = { number, notice.recipient(), intakeAddresses(locale), mentioned };
		String key = "notice." + notice.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		return join(text("mail.hello", new Object[] { "" }, locale), text(key, args, locale),
				cited(notice.kind().rule(), locale), signature(locale));
	}

	/** A due time as the customer reads it: their language, the provider's time zone. */
	String when(java.time.OffsetDateTime at, Locale locale) {
		if (at == null) {
			return "-";
		}
		return java.time.format.DateTimeFormatter
			.ofLocalizedDateTime(java.time.format.FormatStyle.FULL, java.time.format.FormatStyle.SHORT)
			.withLocale(locale)
			.format(at.atZoneSameInstant(this.zone)) + " (" + this.zone.getId() + ")";
	}

	/** A case's subject as every mail about it carries it: with the case tag first. */
	String tagged(long number, String subject, Locale locale) {
		return "[Caso #" + number + "] " + (subject.isBlank() ? noSubject(locale) : subject);
	}

	/**
	 * S2.5: the end of every mail we send: its verification code and where to check it.
	 */
	String verification(String code, Locale locale) {
		String link = this.verifyUrl + "?code=" + code + "&lang=" + locale.getLanguage();
		return "\n--\n" + text("mail.verification", new Object[] { code, link }, locale) + "\n";
	}

	String noSubject(Locale locale) {
		return text("mail.no-subject", locale);
	}

	private String intakeAddresses(Locale locale) {
		return text("mail.intake-addresses", new Object[] { this.addresses.addressOf(Severity.A),
				this.addresses.addressOf(Severity.B), this.addresses.addressOf(Severity.C) }, locale);
	}

	String signature(Locale locale) {
		return text("mail.signature", locale);
	}

	private static String greetingName(CaseSnapshot snapshot) {
		return snapshot.requesterName().isBlank() ? "" : " " + snapshot.requesterName().strip().split("\\s+")[0];
	}

	private static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				if (!text.isEmpty()) {
					text.append("\n\n");
				}
				text.append(part.strip());
			}
		}
		return text.append('\n').toString();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private String text(String key, Object[] args, Locale locale) {
		return this.messages.getMessage(key, args, locale);
	}

}
