package eu.jdservices.caso.policy;

import java.time.Duration;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Role;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.support.MailFixtures;

import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.contact;
import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class NotAuthorizedCheckTests {

	private static final Contact JORGE = contact("jorge.sanz@construcciones-ribera.es", "Jorge Sanz",
			"elena.vidal@construcciones-ribera.es", Role.MEMBER);

	private static final Contact CARMEN = contact("carmen.ortiz@construcciones-ribera.es", "Carmen Ortiz", null,
			Role.REPRESENTATIVE, Role.TOP_EXECUTIVE);

	private static final Contact TOM = contact("tom.price@harbourlogistics.co.uk", "Tom Price", null, Role.MEMBER);

	private final NotAuthorizedCheck check = new NotAuthorizedCheck(settings().notAuthorized());

	@Test
	void rejectsSpanishContractingByAMemberAndNamesTheRepresentative() {
		assertThat(this.check.check(submission("contracting-es.eml").sender(JORGE).contacts(CARMEN).build()))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Reason.NOT_AUTHORIZED);
				assertThat(finding.action()).isEqualTo(Action.REJECT);
				assertThat(finding.detail()).contains("ampliar el plan");
				assertThat(finding.messageKey()).isEqualTo("policy.not-authorized.contracting");
				assertThat(finding.messageArgs()).containsExactly("Carmen Ortiz");
			});
	}

	@Test
	void acceptsContractingByARepresentative() {
		Contact representative = contact("jorge.sanz@construcciones-ribera.es", "Jorge Sanz", null,
				Role.REPRESENTATIVE);

		assertThat(this.check.check(submission("contracting-es.eml").sender(representative).build())).isEmpty();
	}

	@Test
	void rejectsEnglishCancellationGenericallyWhenNoRepresentativeIsKnown() {
		assertThat(this.check.check(submission("contracting-en.eml").sender(TOM).build())).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.messageKey()).isEqualTo("policy.not-authorized.contracting.generic");
				assertThat(finding.messageArgs()).isEmpty();
			});
	}

	@Test
	void rejectsPasswordResetOfAnotherUserByWhoIsNotTheirManagerNamingTheManager() {
		Contact margaret = new Contact("margaret.hale@harbourlogistics.co.uk", "Margaret Hale", "Harbour",
				java.util.Set.of(Role.MEMBER), "alan.grant@harbourlogistics.co.uk", "en", "+44 7911 123456", false);
		Contact alan = new Contact("alan.grant@harbourlogistics.co.uk", "Alan Grant", "Harbour",
				java.util.Set.of(Role.MEMBER), null, "en", "+44 7911 654321", false);

		assertThat(this.check
			.check(submission("password-reset-other-en.eml").sender(TOM).contacts(margaret, alan).build()))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.detail()).contains("margaret.hale@", "reset the password for");
				assertThat(finding.messageKey()).isEqualTo("policy.not-authorized.user-change");
				assertThat(finding.messageArgs()).containsExactly("Alan Grant");
			});
	}

	@Test
	void findsTheUserOfAChangeRequestFollowedByAWordOfAHundredThousandLettersWithinSeconds() {
		Contact margaret = new Contact("margaret.hale@harbourlogistics.co.uk", "Margaret Hale", "Harbour",
				java.util.Set.of(Role.MEMBER), null, "en", null, false);
		ParsedMail mail = MailFixtures.mail(TOM.email(), "Password",
				"Please reset the password for margaret.hale@harbourlogistics.co.uk " + "a".repeat(100_000),
				java.util.Map.of());

		var findings = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> this.check
			.check(new PolicyFixtures.SubmissionBuilder(mail).sender(TOM).contacts(margaret).build()));

		assertThat(findings).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("margaret.hale@", "reset the password for"));
	}

	@Test
	void readsAnAddressWhoseDomainHasTwoHundredThousandLabels() {
		ParsedMail mail = MailFixtures.mail(TOM.email(), "Password",
				"Please reset the password for x@" + "a.".repeat(200_000) + "com today.", java.util.Map.of());

		assertThat(this.check.check(new PolicyFixtures.SubmissionBuilder(mail).sender(TOM).build())).isEmpty();
	}

	@Test
	void acceptsPasswordResetByTheUsersManager() {
		Contact margaret = new Contact("margaret.hale@harbourlogistics.co.uk", "Margaret Hale", "Harbour",
				java.util.Set.of(Role.MEMBER), "tom.price@harbourlogistics.co.uk", "en", null, false);

		assertThat(this.check.check(submission("password-reset-other-en.eml").sender(TOM).contacts(margaret).build()))
			.isEmpty();
	}

	@Test
	void rejectsSpanishRemovalOfAUserNamedByAddressWithGenericTextWhenTheManagerIsUnknown() {
		Contact pablo = contact("pablo.ruiz@construcciones-ribera.es", "Pablo Ruiz", null, Role.MEMBER);

		assertThat(this.check.check(submission("user-removal-es.eml").sender(JORGE).contacts(pablo).build()))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.detail()).contains("pablo.ruiz@", "de baja a");
				assertThat(finding.messageKey()).isEqualTo("policy.not-authorized.user-change.generic");
			});
	}

	@Test
	void acceptsSpanishRemovalByTheUsersManager() {
		Contact pablo = contact("pablo.ruiz@construcciones-ribera.es", "Pablo Ruiz",
				"jorge.sanz@construcciones-ribera.es", Role.MEMBER);

		assertThat(this.check.check(submission("user-removal-es.eml").sender(JORGE).contacts(pablo).build())).isEmpty();
	}

	@Test
	void acceptsAChangeToOneself() {
		assertThat(this.check.check(submission("own-password-es.eml").sender(JORGE).contacts(CARMEN).build()))
			.isEmpty();
	}

	@Test
	void neverPutsAddressesOrPhonesInTheCustomerText() {
		Contact margaret = new Contact("margaret.hale@harbourlogistics.co.uk", "Margaret Hale", "Harbour",
				java.util.Set.of(Role.MEMBER), "alan.grant@harbourlogistics.co.uk", "en", null, false);
		Contact alan = new Contact("alan.grant@harbourlogistics.co.uk", "Alan Grant", "Harbour",
				java.util.Set.of(Role.MEMBER), null, "en", "+44 7911 654321", false);

		assertThat(this.check
			.check(submission("password-reset-other-en.eml").sender(TOM).contacts(margaret, alan).build()))
			.flatExtracting(Finding::messageArgs)
			.allSatisfy((arg) -> assertThat(arg.toString()).doesNotContain("@", "7911"));
	}

}
