package eu.jdservices.caso.intake;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The provider's own intake addresses and the severity each stands for (S1.1, S4.2).
 */
@Component
public class IntakeAddresses {

	private final Map<String, Severity> severityByAddress = new LinkedHashMap<>();

	private final Map<Severity, String> addressBySeverity = new EnumMap<>(Severity.class);

	public IntakeAddresses(IntakeProperties properties) {
		put(Severity.A, properties.addresses().a());
		put(Severity.B, properties.addresses().b());
		put(Severity.C, properties.addresses().c());
	}

	private void put(Severity severity, String address) {
		String normalized = normalize(address);
		this.severityByAddress.put(normalized, severity);
		this.addressBySeverity.put(severity, normalized);
	}

	/** The severity an address stands for, if it is one of ours. */
	public Optional<Severity> severityOf(String address) {
		return Optional.ofNullable(this.severityByAddress.get(normalize(address)));
	}

	/** Whether the address is one of our intake addresses. */
	public boolean isOwn(String address) {
		return this.severityByAddress.containsKey(normalize(address));
	}

	/** The highest severity among the addresses that are ours. */
	public Optional<Severity> highestSeverity(Collection<String> addresses) {
		return addresses.stream().map(this::severityOf).flatMap(Optional::stream).reduce(Severity::max);
	}

	/** The address that speaks for a severity. */
	public String addressOf(Severity severity) {
		return this.addressBySeverity.get(severity);
	}

	public Set<String> all() {
		return Set.copyOf(this.severityByAddress.keySet());
	}

	private static String normalize(String address) {
		return address.trim().toLowerCase(Locale.ROOT);
	}

}
