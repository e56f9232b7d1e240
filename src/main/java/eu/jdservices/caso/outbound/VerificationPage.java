package eu.jdservices.caso.outbound;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.jdservices.caso.ClientRateLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page {@code /verify} (S2.5, no sign-in): whether a mail carrying a code was
 * sent by us, when, to whom (masked) and about which case, and nothing of its content. A
 * code we never sent says plainly that the mail is not ours. Look-ups are limited per
 * client ({@code caso.outbound.verification.lookups-per-minute}).
 */
@Controller
class VerificationPage {

	private final Verifications verifications;

	private final ClientRateLimit limit;

	private final String reportAddress;

	private final ZoneId zone;

	VerificationPage(Verifications verifications, OutboundProperties properties, Clock clock,
			@Value("${caso.timers.calendar.zone:Europe/Madrid}") ZoneId zone) {
		this.verifications = verifications;
		this.limit = new ClientRateLimit(properties.verification().lookupsPerMinute(), clock);
		this.reportAddress = properties.reportAddress();
		this.zone = zone;
	}

	@GetMapping("/verify")
	@Transactional(readOnly = true)
	String verify(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		model.addAttribute("reportAddress", this.reportAddress);
		if (code == null || code.isBlank()) {
			return "public/verify";
		}
		String normalized = VerificationCode.normalized(code);
		model.addAttribute("code", VerificationCode.grouped(normalized));
		if (!this.limit.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			response.setHeader("Retry-After", "60");
			model.addAttribute("outcome", "throttled");
			return "public/verify";
		}
		Optional<Verifications.Verified> verified = this.verifications.find(normalized);
		model.addAttribute("outcome", verified.isPresent() ? "ours" : "unknown");
		verified.ifPresent((mail) -> {
			model.addAttribute("verified", mail);
			model.addAttribute("sentAt",
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
						.withLocale(locale)
						.format(mail.sentAt().atZoneSameInstant(this.zone)) + " (" + this.zone.getId() + ")");
		});
		return "public/verify";
	}

}
