package eu.jdservices.caso.cases;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.cases.*}.
 *
 * @param automaticMailsPerSenderPerHour cap on automatic mails (acknowledgements,
 * notices) to one address per hour; beyond it nothing automatic is sent
 * ({@code LOOP_LIMIT}), which stops any ping-pong with an auto-responder
 * @param resendWindow a copy of an opening mail within this time re-sends the
 * acknowledgement instead of opening a case
 * @param noticeInterval at most one notice of a kind per case and recipient within this
 * time
 */
@Validated
@ConfigurationProperties("caso.cases")
public record CasesProperties(@Min(1) @DefaultValue("10") int automaticMailsPerSenderPerHour,
		@DefaultValue("24h") Duration resendWindow, @DefaultValue("24h") Duration noticeInterval) {
}
