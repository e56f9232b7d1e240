package eu.jdservices.caso.intake.parsing;

import eu.jdservices.caso.intake.ParsedMail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import eu.jdservices.caso.intake.ParsedMail.Attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Runs the parser over Zammad's email-parser corpus ({@code shared/corpus/zammad-mail},
 * AGPL data read by path, never copied) and compares with Zammad's snapshots: sender
 * address, subject, attachment bytes (MD5) and real attachment names. Deliberate
 * differences are listed, with a reason, in {@link #DELIBERATE_DIFFERENCES}.
 */
class ZammadCorpusTests {

	/**
	 * Where this parser deliberately differs from Zammad's snapshot. Key:
	 * {@code mailNNN/comparison} with comparison one of {@code from}, {@code subject},
	 * {@code attachments}, {@code names}.
	 */
	static final Map<String, String> DELIBERATE_DIFFERENCES = Map.ofEntries(
			Map.entry("mail016/from",
					"no From header: Zammad falls back to Reply-To, we keep from = null (see replyTo)"),
			Map.entry("mail019/from",
					"From has an empty address (<>): Zammad falls back to Reply-To, we keep from = null"),
			Map.entry("mail018/subject",
					"Zammad leaves the unicode-1-1-utf-7 encoded word undecoded (+ANw-), we decode it (Übermittlungsstatus)"),
			Map.entry("mail035/from",
					"From is only a quoted string: Zammad keeps the quotes in the address, we drop them"),
			Map.entry("mail064/names",
					"windows-1258 file name: Zammad gives mojibake (d’eìcran), we decode the combining accents (d’écran)"),
			Map.entry("mail073/names",
					"raw 8-bit ISO-8859-1 file name: Zammad replaces the byte with U+FFFD, we decode it (Wölbung)"),
			Map.entry("mail076/from",
					"From has a stray '>' after the address: Zammad keeps it in the address, we drop it"),
			Map.entry("mail085/attachments",
					"Apple Mail split the HTML body into two text/html parts: we join both into html, Zammad keeps the second as document.html"),
			Map.entry("mail087/from",
					"From 'Test test@example.com' without brackets: Zammad takes it all as the address, we split name and address"),
			Map.entry("mail087/attachments",
					"the part without Content-Type is text/plain (RFC 2045) and is our text body; Zammad stores it as attachment 'file'"),
			Map.entry("mail102/names",
					"two inline images with the same real file name: Zammad renames the second (at 091.00.38.png), we keep it"));

	/**
	 * Names Zammad makes up for parts without a file name (our synthetic names differ).
	 */
	private static final Set<String> ZAMMAD_SYNTHETIC_NAMES = Set.of("message.html", "file", "Delivery report.txt",
			"delivery-status.txt", "Undelivered Message.eml");

	private static final Map<String, Boolean> RESULTS = new ConcurrentHashMap<>();

	private final Mime4jMailParser parser = new Mime4jMailParser();

	static Path corpus() {
		String shared = System.getProperty("caso.shared.dir");
		Path base = (shared != null) ? Path.of(shared) : Path.of("..", "shared");
		return base.resolve("corpus").resolve("zammad-mail");
	}

	static Stream<String> mails() throws IOException {
		try (Stream<Path> files = Files.list(corpus())) {
			return files.map((path) -> path.getFileName().toString())
				.filter((name) -> name.matches("mail\\d{3}.*\\.box"))
				.map((name) -> name.substring(0, name.length() - 4))
				.sorted()
				.toList()
				.stream();
		}
	}

	static Stream<Path> otherMails() throws IOException {
		try (Stream<Path> files = Files.walk(corpus().resolve("other"))) {
			return files.filter((path) -> path.toString().endsWith(".box") || path.toString().endsWith(".eml"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@Test
	void corpusIsPresent() throws IOException {
		assertThat(mails()).hasSizeGreaterThanOrEqualTo(100);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mails")
	void matchesZammadSnapshot(String mail) throws Exception {
		ParsedMail parsed = this.parser.parse(Files.readAllBytes(corpus().resolve(mail + ".box")));
		Map<String, Object> expected = loadYaml(corpus().resolve(mail + ".yml"));
		List<String> differences = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		boolean excused = false;

		String expectedFrom = String.valueOf(expected.get("from_email")).toLowerCase(Locale.ROOT);
		String actualFrom = (parsed.from() != null) ? parsed.from().email() : "";
		excused |= compare(mail, "from", expectedFrom.equals(actualFrom),
				"from: expected " + expectedFrom + " but was " + actualFrom, differences, stale);

		String expectedSubject = (expected.get("subject") != null) ? expected.get("subject").toString() : "";
		excused |= compare(mail, "subject", expectedSubject.equals(parsed.subject()),
				"subject: expected [" + expectedSubject + "] but was [" + parsed.subject() + "]", differences, stale);

		Set<String> ours = new HashSet<>();
		for (Attachment attachment : parsed.attachments()) {
			ours.add(md5(attachment.content()));
		}
		List<String> missing = new ArrayList<>();
		List<String> wrongNames = new ArrayList<>();
		for (Map<String, Object> attachment : expectedAttachments(expected)) {
			byte[] data = bytes(attachment.get("data"));
			String md5 = md5(data);
			String name = String.valueOf(attachment.get("filename"));
			if (!ours.contains(md5)) {
				missing.add(name + " (" + data.length + " bytes)");
			}
			else if (!ZAMMAD_SYNTHETIC_NAMES.contains(name) && parsed.attachments()
				.stream()
				.noneMatch((a) -> md5(a.content()).equals(md5) && a.name().equals(name))) {
				wrongNames.add(name + " <> "
						+ parsed.attachments()
							.stream()
							.filter((a) -> md5(a.content()).equals(md5))
							.map(Attachment::name)
							.toList());
			}
		}
		excused |= compare(mail, "attachments", missing.isEmpty(), "attachments missing: " + missing + " ours: "
				+ parsed.attachments().stream().map((a) -> a.name() + "/" + a.contentType() + "/" + a.size()).toList(),
				differences, stale);
		excused |= compare(mail, "names", wrongNames.isEmpty(), "names differ: " + wrongNames, differences, stale);

		RESULTS.put(mail, excused);
		assertThat(differences).as("differences from Zammad's snapshot of " + mail).isEmpty();
		assertThat(stale).as("DELIBERATE_DIFFERENCES entries that are no longer needed").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherMails")
	void parsesOtherCorpusMails(Path path) throws IOException {
		byte[] raw = Files.readAllBytes(path);
		assertThatNoException().isThrownBy(() -> this.parser.parse(raw));
	}

	@AfterAll
	static void printSummary() {
		long documented = RESULTS.values().stream().filter(Boolean::booleanValue).count();
		System.out.println("Zammad corpus: " + RESULTS.size() + " mails, " + (RESULTS.size() - documented)
				+ " full matches, " + documented + " with documented differences");
	}

	/**
	 * Records a difference unless documented; a documented comparison that now matches is
	 * stale.
	 */
	private static boolean compare(String mail, String comparison, boolean matches, String message,
			List<String> differences, List<String> stale) {
		String key = mail + "/" + comparison;
		if (DELIBERATE_DIFFERENCES.containsKey(key)) {
			if (matches) {
				stale.add(key);
			}
			return true;
		}
		if (!matches) {
			differences.add(message);
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> expectedAttachments(Map<String, Object> expected) {
		List<Map<String, Object>> result = new ArrayList<>();
		Object attachments = expected.get("attachments");
		if (attachments instanceof List<?> list) {
			for (Object item : list) {
				Map<String, Object> attachment = (Map<String, Object>) item;
				Object preferences = attachment.get("preferences");
				if (preferences instanceof Map<?, ?> map && (Boolean.TRUE.equals(map.get("content-alternative"))
						|| Boolean.TRUE.equals(map.get("original-format")))) {
					continue;
				}
				result.add(attachment);
			}
		}
		return result;
	}

	private static byte[] bytes(Object data) {
		if (data instanceof byte[] binary) {
			return binary;
		}
		return (data != null) ? data.toString().getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	private static String md5(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> loadYaml(Path path) throws IOException {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(64 * 1024 * 1024);
		options.setMaxAliasesForCollections(1000);
		try (InputStream in = Files.newInputStream(path)) {
			return (Map<String, Object>) new Yaml(new RubyConstructor(options)).load(in);
		}
	}

	/**
	 * Reads Ruby/Psych tags: {@code !ruby/hash:...} as plain maps, {@code !binary} as
	 * base64 bytes.
	 */
	private static final class RubyConstructor extends SafeConstructor {

		RubyConstructor(LoaderOptions options) {
			super(options);
			this.yamlMultiConstructors.put("!ruby/", new AbstractConstruct() {
				@Override
				public Object construct(Node node) {
					return constructMapping((MappingNode) node);
				}
			});
			this.yamlConstructors.put(new Tag("!binary"), new AbstractConstruct() {
				@Override
				public Object construct(Node node) {
					return Base64.getMimeDecoder().decode(constructScalar((ScalarNode) node));
				}
			});
		}

	}

}
