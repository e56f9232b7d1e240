package eu.jdservices.caso.policy;

import java.util.Set;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Role;
import eu.jdservices.caso.intake.Reason;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class SharedMailboxCheckTests {

	private final SharedMailboxCheck check = new SharedMailboxCheck(settings().sharedMailbox());

	@Test
	void rejectsSpanishRoleMailbox() {
		assertThat(this.check.check(submission("shared-mailbox-soporte-es.eml").build())).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo(Reason.SHARED_MAILBOX);
				assertThat(finding.rule()).isEqualTo("S1.3");
				assertThat(finding.action()).isEqualTo(Action.REJECT);
				assertThat(finding.detail()).contains("soporte");
				assertThat(finding.messageKey()).isEqualTo("policy.shared-mailbox");
				assertThat(finding.messageArgs()).containsExactly("soporte@construcciones-ribera.es");
			});
	}

	@Test
	void rejectsEnglishRoleMailbox() {
		assertThat(this.check.check(submission("shared-mailbox-info-en.eml").build())).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("'info'"));
	}

	@Test
	void rejectsMailboxDeclaredSharedInTheDirectory() {
		Contact declared = new Contact("elena.vidal@construcciones-ribera.es", "Compras", "Construcciones Ribera",
				Set.of(Role.MEMBER), null, "es", null, true);

		assertThat(this.check.check(submission("vague-subject-es.eml").sender(declared).build())).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("declared as a shared mailbox"));
	}

	@Test
	void acceptsPersonalMailboxes() {
		assertThat(this.check.check(submission("vague-subject-es.eml").build())).isEmpty();
		assertThat(this.check.check(submission("contracting-en.eml").build())).isEmpty();
	}

	@Test
	void roleNamesAreConfigurable() {
		SharedMailboxCheck onlyOffice = new SharedMailboxCheck(
				settings("shared-mailbox.local-parts=office,recepcion").sharedMailbox());

		assertThat(onlyOffice.check(submission("shared-mailbox-info-en.eml").build())).isEmpty();
	}

}
