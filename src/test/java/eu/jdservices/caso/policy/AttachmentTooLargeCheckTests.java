package eu.jdservices.caso.policy;

import eu.jdservices.caso.intake.Reason;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static eu.jdservices.caso.policy.PolicyFixtures.settings;
import static eu.jdservices.caso.policy.PolicyFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTooLargeCheckTests {

	/** The fixture's video is about 6 KB: a 4 KB limit stands for 5 MB. */
	private final AttachmentTooLargeCheck check = new AttachmentTooLargeCheck(
			settings("attachment-too-large.max-size=4KB").attachmentTooLarge());

	@Test
	void dropsAttachmentsOverTheLimitAndSaysWhich() {
		Outcome outcome = this.check.apply(submission("attachment-large-en.eml").build());

		assertThat(outcome.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.code()).isEqualTo(Reason.ATTACHMENT_TOO_LARGE);
			assertThat(finding.rule()).isEqualTo("S1.10");
			assertThat(finding.action()).isEqualTo(Action.WARN);
			assertThat(finding.detail()).contains("scanner-video.mp4").doesNotContain("scan-log.txt");
			assertThat(finding.messageKey()).isEqualTo("policy.attachment-too-large");
			assertThat(finding.messageArgs()).containsExactly("scanner-video.mp4", "4 KB");
		});
		assertThat(outcome.effects()).containsExactly(new Effect.DropAttachment("scanner-video.mp4"));
	}

	@Test
	void acceptsAttachmentsUnderTheLimit() {
		AttachmentTooLargeCheck defaults = new AttachmentTooLargeCheck(settings().attachmentTooLarge());

		assertThat(defaults.apply(submission("attachment-large-en.eml").build()).effects()).isEmpty();
		assertThat(defaults.check(submission("incident-complete-es.eml").build())).isEmpty();
	}

	@Test
	void limitIsFiveMegabytesByDefault() {
		assertThat(settings().attachmentTooLarge().maxSize()).isEqualTo(DataSize.ofMegabytes(5));
	}

}
