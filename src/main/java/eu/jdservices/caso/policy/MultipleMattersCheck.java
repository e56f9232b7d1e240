package eu.jdservices.caso.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.Reason;

/**
 * S1.6: one matter per case. Flags wording that starts another matter ("otra cosa", "por
 * otro lado", "another thing") and numbered or bulleted lists of several problems. A list
 * that answers the 10 incident items (S1.9) or lists steps or details of one problem is
 * one matter.
 */
final class MultipleMattersCheck implements GuidelineCheck {

	private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.)-]|[-*•·▪◦]|[a-z][.)])\\s+(\\S.*)$");

	private static final Pattern LABEL = Pattern.compile("^([^:]{2,40}):");

	/** Headings of a list about one matter: its steps, details or answers. */
	private static final Phrases ONE_MATTER_HEADING = Phrases
		.of(List.of("paso*", "detalle*", "informacion", "datos", "reproduc*", "siguiente*", "step*", "detail*",
				"information", "following", "respuesta*", "answer*", "preguntas", "questions", "puntos", "items"));

	/** Labels of the 10 incident items (S1.9) answered as a list. */
	private static final Phrases INCIDENT_LABELS = Phrases
		.of(List.of("servicio", "aplicacion", "tipo", "fecha", "hora", "inicio", "pasos", "mensaje", "error", "cambios",
				"usuarios", "impacto", "solucion", "alternativa", "capturas", "service", "application", "type", "date",
				"time", "start*", "steps", "message", "changes", "users", "impact", "workaround", "screenshot*"));

	/** Wording of a problem or request in a list item. */
	private static final Phrases PROBLEM = Phrases.of(List.of("no funciona*", "error*", "no puedo", "no podemos",
			"problema*", "falla*", "fallo", "no va", "no carga", "no imprime", "no recibe", "no envia", "no abre",
			"lento", "necesito", "necesitamos", "quisiera", "solicito", "not working", "doesn't work", "does not work",
			"cannot", "can't", "issue*", "problem*", "broken", "need", "would like", "unable", "fails", "slow"));

	private final PolicyProperties.MultipleMatters settings;

	private final Phrases wording;

	MultipleMattersCheck(PolicyProperties.MultipleMatters settings) {
		this.settings = settings;
		this.wording = Phrases.of(settings.wordsEs(), settings.wordsEn());
	}

	@Override
	public String rule() {
		return "S1.6";
	}

	@Override
	public Reason code() {
		return Reason.MULTIPLE_MATTERS;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		String body = MailText.body(submission.mail().text());
		Optional<String> detail = this.wording.find(body)
			.map((phrase) -> "wording that starts another matter: '" + phrase + "'")
			.or(() -> listOfProblems(body));
		return detail
			.map((found) -> List.of(new Finding(code(), rule(), action(), found, "policy.multiple-matters", List.of())))
			.orElse(List.of());
	}

	private Optional<String> listOfProblems(String body) {
		for (List<String> list : lists(body)) {
			List<String> items = list.subList(1, list.size());
			long labelled = items.stream().filter(MultipleMattersCheck::hasIncidentLabel).count();
			if (ONE_MATTER_HEADING.in(list.get(0)) || labelled >= 2) {
				continue;
			}
			long problems = items.stream().filter(PROBLEM::in).count();
			if (problems >= this.settings.minListItems()) {
				return Optional.of("a list of " + problems + " problems or requests");
			}
		}
		return Optional.empty();
	}

	private static boolean hasIncidentLabel(String item) {
		Matcher label = LABEL.matcher(item);
		return label.find() && INCIDENT_LABELS.in(label.group(1));
	}

	/**
	 * The lists of a text: each is the line before it (its heading, possibly empty)
	 * followed by its items.
	 */
	static List<List<String>> lists(String text) {
		List<List<String>> lists = new ArrayList<>();
		List<String> current = null;
		// the last item of the current list, growing by its continuation lines
		StringBuilder last = null;
		String heading = "";
		for (String line : text.lines().toList()) {
			Matcher item = ITEM.matcher(line);
			if (item.matches()) {
				if (current == null) {
					current = new ArrayList<>(List.of(heading));
					lists.add(current);
				}
				else {
					current.add(last.toString());
				}
				last = new StringBuilder(item.group(1));
			}
			else if (!line.isBlank()) {
				if (current != null && Character.isWhitespace(line.charAt(0))) {
					last.append(' ').append(line.strip());
					continue;
				}
				if (current != null) {
					current.add(last.toString());
				}
				current = null;
				heading = line;
			}
		}
		if (current != null) {
			current.add(last.toString());
		}
		return lists;
	}

}
