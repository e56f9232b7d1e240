package eu.jdservices.caso.policy;

import java.util.List;

import eu.jdservices.caso.intake.ParsedMail.Attachment;
import eu.jdservices.caso.intake.Reason;

/**
 * S1.10: attachments up to 5 MB. Larger attachments are not accepted into the case (the
 * raw mail keeps them); the customer is told which and offered alternatives.
 */
final class AttachmentTooLargeCheck implements GuidelineCheck {

	private final PolicyProperties.AttachmentTooLarge settings;

	AttachmentTooLargeCheck(PolicyProperties.AttachmentTooLarge settings) {
		this.settings = settings;
	}

	@Override
	public String rule() {
		return "S1.10";
	}

	@Override
	public Reason code() {
		return Reason.ATTACHMENT_TOO_LARGE;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		List<Attachment> large = tooLarge(submission);
		if (large.isEmpty()) {
			return List.of();
		}
		String names = String.join(", ", large.stream().map(Attachment::name).toList());
		String sizes = String.join(", ", large.stream().map((a) -> a.name() + " " + megabytes(a.size())).toList());
		String limit = megabytes(this.settings.maxSize().toBytes());
		return List.of(new Finding(code(), rule(), action(), "over " + limit + ": " + sizes,
				"policy.attachment-too-large", List.of(names, limit)));
	}

	@Override
	public Outcome apply(Submission submission) {
		List<Effect> dropped = tooLarge(submission).stream()
			.map((attachment) -> (Effect) new Effect.DropAttachment(attachment.name()))
			.toList();
		return new Outcome(check(submission), dropped);
	}

	private List<Attachment> tooLarge(Submission submission) {
		long max = this.settings.maxSize().toBytes();
		return submission.mail().attachments().stream().filter((attachment) -> attachment.size() > max).toList();
	}

	private static String megabytes(long bytes) {
		double megabytes = bytes / (1024.0 * 1024.0);
		return (megabytes >= 1) ? String.format(java.util.Locale.ROOT, "%.1f MB", megabytes)
				: String.format(java.util.Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
	}

}
