package eu.jdservices.caso.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.PublicKeyRecordRetriever;
import org.apache.james.jdkim.api.Result;
import org.apache.james.jdkim.exceptions.FailException;
import org.apache.james.jdkim.exceptions.PermFailException;
import org.apache.james.jdkim.exceptions.TempFailException;
import org.apache.james.jspf.core.DNSRequest;
import org.apache.james.jspf.core.DNSService;
import org.apache.james.jspf.core.exceptions.TimeoutException;
import org.apache.james.jspf.impl.SPF;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Caso's own sender check, for when it is the MX itself (no trusted MTA in front): SPF of
 * the SMTP client's address and HELO for the envelope sender (Apache James jSPF), the
 * mail's DKIM signatures (Apache James jDKIM), and DMARC: a policy published for the From
 * domain ({@code _dmarc.<domain>}, else its parent) passes with an aligned SPF or DKIM
 * pass and fails otherwise. Every DNS look-up goes through {@link DnsResolver}.
 */
@Component
class LocalAuthentication {

	private final ObjectProvider<DnsResolver> configured;

	private final IntakeProperties.Local properties;

	private volatile DnsResolver resolver;

	LocalAuthentication(ObjectProvider<DnsResolver> configured, IntakeProperties properties) {
		this.configured = configured;
		this.properties = properties.authentication().local();
	}

	SenderVerdict check(InboundMail stored, IntakeStore.Envelope envelope, ParsedMail mail) {
		DnsResolver dns = resolver();
		List<AuthenticationResults.Result> results = new ArrayList<>();
		String mailFrom = stored.envelopeFrom();
		String helo = (envelope.helo() != null) ? envelope.helo() : "";
		String ip = clientAddress(envelope.remoteAddress());
		String spf = spf(dns, ip, mailFrom, helo);
		results.add(result("spf", spf, mailFrom.isBlank() ? "smtp.helo" : "smtp.mailfrom",
				mailFrom.isBlank() ? helo : mailFrom));
		List<AuthenticationResults.Result> dkim = dkim(dns, stored.raw());
		results.addAll(dkim);
		String fromDomain = mail.from().domain();
		String policy = dmarcPolicy(dns, fromDomain);
		if (policy != null) {
			boolean aligned = results.stream()
				.anyMatch((result) -> result.result().equals("pass") && domainOf(result) != null
						&& AuthenticationPolicy.aligned(domainOf(result), fromDomain));
			results.add(0, result("dmarc", aligned ? "pass" : "fail", "header.from", fromDomain));
		}
		else {
			results.add(0, result("dmarc", "none", "header.from", fromDomain));
		}
		String detail = "caso: " + String.join("; ", results.stream().map(Object::toString).toList());
		return new SenderVerdict(AuthenticationPolicy.evaluate(results, fromDomain), SenderVerdict.Source.LOCAL_CHECK,
				(detail.length() > 1000) ? detail.substring(0, 999) + "…" : detail);
	}

	private static String spf(DnsResolver dns, String ip, String mailFrom, String helo) {
		if (ip == null) {
			return "none";
		}
		try {
			return new SPF(new JspfDns(dns)).checkSPF(ip, mailFrom.isBlank() ? "postmaster@" + helo : mailFrom, helo)
				.getResult();
		}
		catch (RuntimeException ex) {
			return "temperror";
		}
	}

	private static List<AuthenticationResults.Result> dkim(DnsResolver dns, byte[] raw) {
		DKIMVerifier verifier = new DKIMVerifier(new JdkimDns(dns));
		try {
			verifier.verify(new ByteArrayInputStream(raw));
		}
		catch (FailException | IOException | RuntimeException ex) {
			// the results below say which signature failed and why
		}
		List<AuthenticationResults.Result> results = new ArrayList<>();
		for (Result result : verifier.getResults()) {
			String domain = (result.getRecord() != null && result.getRecord().getDToken() != null)
					? result.getRecord().getDToken().toString() : "";
			String outcome = switch (result.getResultType()) {
				case PASS -> "pass";
				case FAIL -> "fail";
				case TEMPERROR -> "temperror";
				case PERMERROR -> "permerror";
				default -> "neutral";
			};
			results.add(result("dkim", outcome, "header.d", domain));
		}
		if (results.isEmpty()) {
			results.add(new AuthenticationResults.Result("dkim", "none", Map.of()));
		}
		return results;
	}

	/** The DMARC record of the domain or, failing that, of its parent; null when none. */
	private static String dmarcPolicy(DnsResolver dns, String domain) {
		List<String> candidates = new ArrayList<>(List.of(domain));
		if (parent(domain) != null) {
			candidates.add(parent(domain));
		}
		for (String candidate : candidates) {
			try {
				for (String record : dns.lookup("_dmarc." + candidate, DnsResolver.Type.TXT)) {
					if (record.strip().toLowerCase(java.util.Locale.ROOT).startsWith("v=dmarc1")) {
						return record;
					}
				}
			}
			catch (DnsResolver.TemporaryFailure ex) {
				return null;
			}
		}
		return null;
	}

	private static String parent(String domain) {
		String[] labels = domain.split("\\.");
		return (labels.length > 2) ? labels[labels.length - 2] + "." + labels[labels.length - 1] : null;
	}

	private static String domainOf(AuthenticationResults.Result result) {
		String value = result.properties().values().stream().findFirst().orElse(null);
		return (value == null) ? null : value.substring(value.lastIndexOf('@') + 1);
	}

	private static AuthenticationResults.Result result(String method, String outcome, String property, String value) {
		Map<String, String> properties = new LinkedHashMap<>();
		if (value != null && !value.isBlank()) {
			properties.put(property, value);
		}
		return new AuthenticationResults.Result(method, outcome, properties);
	}

	/** The IP address of {@code /192.0.2.1:40000} (how the listener stores it). */
	static String clientAddress(String remote) {
		if (remote == null || remote.isBlank()) {
			return null;
		}
		String address = remote.strip();
		int slash = address.indexOf('/');
		if (slash >= 0) {
			address = address.substring(slash + 1);
		}
		int port = address.lastIndexOf(':');
		if (port > 0 && address.indexOf(':') == port) {
			address = address.substring(0, port);
		}
		else if (address.startsWith("[") && address.contains("]")) {
			address = address.substring(1, address.indexOf(']'));
		}
		else if (port > 0 && address.chars().filter((c) -> c == ':').count() > 1 && address.matches(".*:\\d+$")) {
			// IPv6 with a port: the listener writes /0:0:0:0:0:0:0:1:40000
			address = address.substring(0, port);
		}
		return address.isBlank() ? null : address;
	}

	private DnsResolver resolver() {
		DnsResolver current = this.resolver;
		if (current == null) {
			current = this.configured.getIfAvailable(() -> new DnsJavaResolver(this.properties.dnsTimeout()));
			this.resolver = current;
		}
		return current;
	}

	/** jSPF's view of our resolver. */
	private record JspfDns(DnsResolver dns) implements DNSService {

		@Override
		public List<String> getRecords(DNSRequest request) throws TimeoutException {
			DnsResolver.Type type = switch (request.getRecordType()) {
				case DNSRequest.A -> DnsResolver.Type.A;
				case DNSRequest.AAAA -> DnsResolver.Type.AAAA;
				case DNSRequest.MX -> DnsResolver.Type.MX;
				case DNSRequest.PTR -> DnsResolver.Type.PTR;
				case DNSRequest.TXT -> DnsResolver.Type.TXT;
				default -> null;
			};
			if (type == null) {
				return null;
			}
			try {
				List<String> records = this.dns.lookup(request.getHostname(), type);
				return records.isEmpty() ? null : records;
			}
			catch (DnsResolver.TemporaryFailure ex) {
				throw new TimeoutException(ex.getMessage());
			}
		}

		@Override
		public CompletionStage<List<String>> getRecordsAsync(DNSRequest request) {
			try {
				return CompletableFuture.completedFuture(getRecords(request));
			}
			catch (TimeoutException ex) {
				return CompletableFuture.failedFuture(ex);
			}
		}

		@Override
		public List<String> getLocalDomainNames() {
			return List.of();
		}

		@Override
		public void setTimeOut(int timeOut) {
		}

		@Override
		public int getRecordLimit() {
			return 10;
		}

		@Override
		public void setRecordLimit(int recordLimit) {
		}

	}

	/** jDKIM's view of our resolver: the key record at {@code <s>._domainkey.<d>}. */
	private record JdkimDns(DnsResolver dns) implements PublicKeyRecordRetriever {

		@Override
		public List<String> getRecords(CharSequence methodAndOption, CharSequence selector, CharSequence token)
				throws TempFailException, PermFailException {
			if (!"dns/txt".equals(methodAndOption.toString())) {
				throw new PermFailException("Only dns/txt is supported: " + methodAndOption);
			}
			try {
				return this.dns.lookup(selector + "._domainkey." + token, DnsResolver.Type.TXT);
			}
			catch (DnsResolver.TemporaryFailure ex) {
				throw new TempFailException(ex.getMessage());
			}
		}

	}

}
