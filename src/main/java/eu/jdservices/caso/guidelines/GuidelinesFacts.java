package eu.jdservices.caso.guidelines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.policy.PolicyProperties;
import eu.jdservices.caso.timers.BusinessCalendar;
import eu.jdservices.caso.timers.TimersProperties;

import org.springframework.stereotype.Component;

/**
 * What the guidelines page states, read from the running configuration of the other
 * modules (intake addresses, the timers' windows and calendar, the largest attachment)
 * and from the page's own texts in both languages: the facts of its edition.
 */
@Component
class GuidelinesFacts {

	private static final List<String> BUNDLES = List.of("messages_es.properties", "messages_en.properties");

	private final IntakeAddresses addresses;

	private final TimersProperties timers;

	private final PolicyProperties policy;

	private final BusinessCalendar calendar;

	GuidelinesFacts(IntakeAddresses addresses, TimersProperties timers, PolicyProperties policy,
			BusinessCalendar calendar) {
		this.addresses = addresses;
		this.timers = timers;
		this.policy = policy;
		this.calendar = calendar;
	}

	/** Made once: the configuration and the texts do not change while Caso runs. */
	private volatile Map<String, String> current;

	/** What the page states now (read once, then kept). */
	Map<String, String> current() {
		if (this.current == null) {
			this.current = Map.copyOf(read());
		}
		return this.current;
	}

	private Map<String, String> read() {
		Map<String, String> facts = new TreeMap<>();
		for (Severity severity : Severity.values()) {
			TimersProperties.SeverityWindows windows = this.timers.windows().of(severity.name());
			facts.put("addresses." + severity, this.addresses.addressOf(severity));
			facts.put("customer-window." + severity, windows.customerResponse().toString());
			facts.put("response-target." + severity, windows.firstResponse().toString());
		}
		TimersProperties.Calendar calendar = this.timers.calendar();
		facts.put("calendar.zone", calendar.zone().getId());
		facts.put("calendar.24x7", String.valueOf(calendar.twentyFourSeven()));
		for (DayOfWeek day : DayOfWeek.values()) {
			facts.put("calendar.hours." + day,
					this.calendar.hoursOn(day).stream().map(Object::toString).collect(Collectors.joining(",")));
		}
		facts.put("calendar.holidays.country", calendar.holidaysCountry());
		facts.put("calendar.holidays.region", calendar.holidaysRegion());
		facts.put("calendar.holidays.closed-days",
				calendar.closedDays().stream().sorted().map(Object::toString).collect(Collectors.joining(",")));
		facts.put("attachments.max-size", this.policy.attachmentTooLarge().maxSize().toString());
		facts.put("texts.digest", textsDigest());
		return facts;
	}

	/** The page's texts ({@code guidelines.*}) of both languages, as one digest. */
	private static String textsDigest() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String bundle : BUNDLES) {
				Properties texts = new Properties();
				try (InputStream in = GuidelinesFacts.class.getClassLoader().getResourceAsStream(bundle)) {
					if (in == null) {
						throw new IllegalStateException("No message bundle " + bundle);
					}
					texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				new TreeMap<>(texts).forEach((key, value) -> {
					if (String.valueOf(key).startsWith("guidelines.")) {
						digest.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
					}
				});
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
