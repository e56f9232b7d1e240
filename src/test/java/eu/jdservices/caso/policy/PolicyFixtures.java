package eu.jdservices.caso.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Role;
import eu.jdservices.caso.intake.MailParser;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.intake.parsing.Mime4jMailParser;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Fixtures of the policy tests: the mails of {@code src/test/resources/mail/policy},
 * settings bound exactly as Spring Boot binds {@code caso.policy.*}, and submissions.
 */
final class PolicyFixtures {

	static final Set<String> OWN_ADDRESSES = Set.of("a@jd-services.eu", "b@jd-services.eu", "c@jd-services.eu");

	private PolicyFixtures() {
	}

	static ParsedMail mail(String name) {
		try (InputStream in = PolicyFixtures.class.getResourceAsStream("/mail/policy/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new Mime4jMailParser().parse(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (MailParser.UnparseableMailException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The settings with the defaults, changed by {@code key=value} pairs relative to
	 * {@code caso.policy}, e.g. {@code vague-subject.action=off}.
	 */
	static PolicyProperties settings(String... pairs) {
		Map<String, String> map = new HashMap<>();
		for (String pair : pairs) {
			int equals = pair.indexOf('=');
			map.put("caso.policy." + pair.substring(0, equals), pair.substring(equals + 1));
		}
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("caso.policy", PolicyProperties.class);
	}

	static Contact contact(String email, String name, String managerEmail, Role... roles) {
		return new Contact(email, name, "Construcciones Ribera", Set.of(roles), managerEmail, "es", null, false);
	}

	static SubmissionBuilder submission(String mailName) {
		return new SubmissionBuilder(mail(mailName));
	}

	/**
	 * A submission of a known sender of a customer organisation, severity C, unless told
	 * otherwise.
	 */
	static final class SubmissionBuilder {

		private final ParsedMail mail;

		private Severity severity = Severity.C;

		private Optional<Contact> sender = Optional.empty();

		private boolean customerDomain = true;

		private final List<Contact> contacts = new ArrayList<>();

		private final List<OpenCase> openCases = new ArrayList<>();

		SubmissionBuilder(ParsedMail mail) {
			this.mail = mail;
			this.sender = Optional.of(new Contact(mail.from().email(), mail.from().name(), "Cliente",
					Set.of(Role.MEMBER), null, "es", null, false));
		}

		SubmissionBuilder severity(Severity severity) {
			this.severity = severity;
			return this;
		}

		SubmissionBuilder sender(Contact sender) {
			this.sender = Optional.of(sender);
			this.contacts.add(sender);
			return this;
		}

		SubmissionBuilder unknownSender(boolean customerDomain) {
			this.sender = Optional.empty();
			this.customerDomain = customerDomain;
			return this;
		}

		SubmissionBuilder contacts(Contact... contacts) {
			this.contacts.addAll(List.of(contacts));
			return this;
		}

		SubmissionBuilder openCase(long number, String subject, String text) {
			this.openCases.add(new OpenCase(number, subject, text));
			return this;
		}

		SubmissionBuilder openCase(OpenCase openCase) {
			this.openCases.add(openCase);
			return this;
		}

		Submission build() {
			return new Submission(this.mail, this.severity, this.sender, "Cliente", this.customerDomain, this.contacts,
					this.openCases, OWN_ADDRESSES);
		}

	}

}
