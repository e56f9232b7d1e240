package eu.jdservices.caso.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.jdservices.caso.intake.parsing.Mime4jMailParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailWordsTests {

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	@Test
	void foldsToLowerCaseWithoutAccents() {
		assertThat(MailWords.fold("Añadir IMPRESORA Çà Øre İstanbul")).isEqualTo("anadir impresora ca øre istanbul");
		assertThat(MailWords.fold("ΣΊΣΥΦΟΣ")).isEqualTo(MailWords.foldByNormalizing("ΣΊΣΥΦΟΣ"));
	}

	@Test
	void foldsEveryLatinCharacterAsTheUnicodeWayDoes() {
		for (char c = 0; c < 0x250; c++) {
			String text = "x" + c + "Y" + c;
			assertThat(MailWords.fold(text)).as("U+%04X", (int) c).isEqualTo(MailWords.foldByNormalizing(text));
		}
	}

	@Test
	void foldsAndSplitsRealAndRandomTextsAsTheUnicodeWayDoes() throws Exception {
		List<String> texts = new ArrayList<>();
		Random random = new Random(14);
		String alphabet = "aZñÑéÉüÜçÇßøİıΣσςΑά\u0301\u0308 \n\t.,;:-_'\"¿?¡!0123456789²½Ⅻ😀\ud800ǅǄﬁ";
		for (int i = 0; i < 2_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int j = random.nextInt(40); j > 0; j--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			texts.add(text.toString());
		}
		Path corpus = Path.of(System.getProperty("caso.shared.dir", "../shared"), "corpus", "zammad-mail");
		if (Files.isDirectory(corpus)) {
			try (Stream<Path> files = Files.list(corpus)) {
				for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".box")).toList()) {
					ParsedMail mail = new Mime4jMailParser().parse(Files.readAllBytes(file));
					texts.add(mail.subject());
					texts.add(mail.text());
				}
			}
		}
		for (String text : texts) {
			assertThat(MailWords.fold(text)).isEqualTo(MailWords.foldByNormalizing(text));
			assertThat(MailWords.words(text)).isEqualTo(
					NON_WORD.splitAsStream(MailWords.foldByNormalizing(text)).filter((w) -> !w.isEmpty()).toList());
		}
	}

}
