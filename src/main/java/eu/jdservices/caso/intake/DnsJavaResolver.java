package eu.jdservices.caso.intake;

import java.time.Duration;
import java.util.List;

import org.apache.james.jspf.impl.DNSServiceXBillImpl;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.TextParseException;

/**
 * The system's DNS resolvers, through dnsjava (used only when
 * {@code caso.intake.authentication.local.enabled=true}).
 */
final class DnsJavaResolver implements DnsResolver {

	private final Resolver resolver;

	DnsJavaResolver(Duration timeout) {
		this.resolver = Lookup.getDefaultResolver();
		this.resolver.setTimeout(timeout);
	}

	@Override
	public List<String> lookup(String name, DnsResolver.Type type) {
		try {
			Lookup query = new Lookup(name, switch (type) {
				case A -> org.xbill.DNS.Type.A;
				case AAAA -> org.xbill.DNS.Type.AAAA;
				case MX -> org.xbill.DNS.Type.MX;
				case PTR -> org.xbill.DNS.Type.PTR;
				case TXT -> org.xbill.DNS.Type.TXT;
			});
			query.setResolver(this.resolver);
			Record[] records = query.run();
			if (query.getResult() == Lookup.TRY_AGAIN) {
				throw new TemporaryFailure(name + " " + type + ": " + query.getErrorString());
			}
			List<String> found = DNSServiceXBillImpl.convertRecordsToList(records);
			return (found != null) ? found : List.of();
		}
		catch (TextParseException ex) {
			return List.of();
		}
	}

}
