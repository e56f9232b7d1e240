package eu.jdservices.caso.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.parsing.Mime4jMailParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasesTests {

	@Test
	void findsWholeWordsWhateverTheCaseAndAccents() {
		Phrases phrases = Phrases.of(List.of("no funciona", "contraseña"));

		assertThat(phrases.find("El VPN NO FUNCIONA desde ayer")).contains("no funciona");
		assertThat(phrases.find("Olvidé la CONTRASEÑA")).contains("contrasena");
		assertThat(phrases.in("no funcionaba ayer")).isFalse();
	}

	@Test
	void aStarAloneStandsForUpToThreeWordsAndAtTheEndOfAWordForAnyEnding() {
		Phrases phrases = Phrases.of(List.of("desbloquear * cuenta de", "impresora*"));

		assertThat(phrases.find("¿Podéis desbloquear la cuenta de Ana?")).contains("desbloquear la cuenta de");
		assertThat(phrases.find("las impresoras de la planta")).contains("impresoras");
		assertThat(phrases.in("desbloquear uno dos tres cuatro cuenta de")).isFalse();
	}

	@Test
	void findsEveryMatchInTextOrder() {
		Phrases phrases = Phrases.of(List.of("error*", "no puedo"));

		assertThat(phrases.findAll("Error al abrir; no puedo entrar; errores varios")).extracting(Phrases.Match::text)
			.containsExactly("error", "no puedo", "errores");
	}

	@Test
	void findsWhatTheSingleExpressionOfTheWholeListFindsInEveryCorpusAndFixtureMail() throws Exception {
		PolicyProperties settings = PolicyFixtures.settings();
		List<List<String>> lists = List.of(settings.missingIncidentDetails().incidentWordsEs(),
				settings.missingIncidentDetails().incidentWordsEn(), settings.severityMismatch().requestWordsEs(),
				settings.severityMismatch().outageWordsEn(), settings.notAuthorized().userChangeWordsEs(),
				settings.notAuthorized().contractingWordsEn(), settings.unknownSender().availabilityWordsEs(),
				settings.callRequestOnly().wordsEs(), settings.vagueSubject().wordsEn(),
				List.of("* urgente", "hace * horas", "error:", "e-mail", "can't", "cve-*", "no", "a", "é"));
		List<String> texts = texts();
		assertThat(texts).hasSizeGreaterThan(100);
		for (List<String> list : lists) {
			Phrases phrases = Phrases.of(list);
			Pattern single = singleExpression(list);
			for (String text : texts) {
				assertThat(phrases.find(text)).as("%s in %.60s", list, text).isEqualTo(find(single, text));
				assertThat(phrases.findAll(text)).as("%s in %.60s", list, text).isEqualTo(findAll(single, text));
			}
		}
	}

	private static List<String> texts() throws Exception {
		List<String> texts = new ArrayList<>(List.of("", "no", "a", "é", "¿urgente? muy urgente, hace 2 horas",
				"ΣΊΣΥΦΟΣ error: İstanbul 😀 no 😀no", "x-error:e-mail"));
		List<Path> files = new ArrayList<>();
		Path corpus = Path.of(System.getProperty("caso.shared.dir", "../shared"), "corpus", "zammad-mail");
		if (Files.isDirectory(corpus)) {
			try (Stream<Path> list = Files.list(corpus)) {
				list.filter((file) -> file.getFileName().toString().endsWith(".box")).forEach(files::add);
			}
		}
		try (Stream<Path> list = Files.list(Path.of("src/test/resources/mail/policy"))) {
			list.forEach(files::add);
		}
		for (Path file : files) {
			ParsedMail mail = new Mime4jMailParser().parse(Files.readAllBytes(file));
			texts.add(mail.subject());
			texts.add(mail.text());
		}
		return texts;
	}

	/**
	 * The list as one expression, as {@link Phrases} was before it indexed first
	 * characters.
	 */
	private static Pattern singleExpression(Collection<String> list) {
		List<String> alternatives = new ArrayList<>();
		for (String phrase : list) {
			String[] tokens = MailText.fold(phrase.strip()).split("\\s+");
			StringBuilder regex = new StringBuilder();
			for (int i = 0; i < tokens.length; i++) {
				String token = tokens[i];
				if (token.equals("*")) {
					regex.append("(?:\\S+\\s+){0,3}?");
					continue;
				}
				if (token.length() > 1 && token.endsWith("*")) {
					regex.append(Pattern.quote(token.substring(0, token.length() - 1))).append("[\\p{L}\\p{N}-]*");
				}
				else {
					regex.append(Pattern.quote(token));
				}
				if (i < tokens.length - 1) {
					regex.append("\\s+");
				}
			}
			alternatives.add(regex.toString());
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
	}

	private static Optional<String> find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(MailText.fold(text));
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

	private static List<Phrases.Match> findAll(Pattern pattern, String text) {
		List<Phrases.Match> result = new ArrayList<>();
		Matcher matcher = pattern.matcher(MailText.fold(text));
		while (matcher.find()) {
			result.add(new Phrases.Match(matcher.start(), matcher.end(), matcher.group()));
		}
		return result;
	}

}
