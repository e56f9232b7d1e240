package eu.jdservices.caso.intake;

import java.util.List;
import java.util.Locale;

/**
 * What a set of authentication results says about the From domain of a mail: DMARC
 * decides when it passed or failed for that domain; without such a DMARC result the mail
 * passes when SPF or DKIM passed for a domain aligned with the From domain, and fails
 * when SPF failed (hard fail) and no DKIM signature of that domain passed. Alignment is
 * relaxed: one domain equal to or a subdomain of the other.
 */
final class AuthenticationPolicy {

	private AuthenticationPolicy() {
	}

	static SenderVerdict.Status evaluate(List<AuthenticationResults.Result> results, String fromDomain) {
		String from = fromDomain.toLowerCase(Locale.ROOT);
		for (AuthenticationResults.Result dmarc : only(results, "dmarc")) {
			String domain = dmarc.property("header.from");
			if (domain == null || aligned(domain, from)) {
				if (dmarc.result().equals("pass")) {
					return SenderVerdict.Status.PASS;
				}
				if (dmarc.result().equals("fail")) {
					return SenderVerdict.Status.FAIL;
				}
			}
		}
		boolean spfFailed = false;
		for (AuthenticationResults.Result spf : only(results, "spf")) {
			String domain = domainOf(spf.property("smtp.mailfrom"), spf.property("smtp.helo"));
			if (spf.result().equals("pass") && domain != null && aligned(domain, from)) {
				return SenderVerdict.Status.PASS;
			}
			spfFailed |= spf.result().equals("fail");
		}
		for (AuthenticationResults.Result dkim : only(results, "dkim")) {
			String domain = domainOf(dkim.property("header.d"), dkim.property("header.i"));
			if (dkim.result().equals("pass") && domain != null && aligned(domain, from)) {
				return SenderVerdict.Status.PASS;
			}
		}
		return spfFailed ? SenderVerdict.Status.FAIL : SenderVerdict.Status.NONE;
	}

	static boolean aligned(String domain, String fromDomain) {
		String a = domain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
		String b = fromDomain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
		return !a.isEmpty() && (a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a)) && a.contains(".")
				&& b.contains(".");
	}

	private static List<AuthenticationResults.Result> only(List<AuthenticationResults.Result> results, String method) {
		return results.stream().filter((result) -> result.method().equals(method)).toList();
	}

	private static String domainOf(String value, String fallback) {
		String chosen = (value != null && !value.isBlank()) ? value : fallback;
		if (chosen == null || chosen.isBlank()) {
			return null;
		}
		return chosen.substring(chosen.lastIndexOf('@') + 1).strip();
	}

}
