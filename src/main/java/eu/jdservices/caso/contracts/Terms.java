package eu.jdservices.caso.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import eu.jdservices.caso.catalogue.Catalogue;
import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.directory.TaxProfile;
import eu.jdservices.caso.directory.VatIds;
import eu.jdservices.caso.timers.BusinessCalendar;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The commercial terms applied: the price rules, the VAT rules and the provider's day (in
 * the business calendar's zone), for the contracts, the quotes and the requests.
 */
@Component
class Terms {

	private final ContractsProperties properties;

	private final Pricing pricing;

	private final VatRules vat;

	private final Directory directory;

	private final Catalogue catalogue;

	private final Clock clock;

	private final ZoneId zone;

	private final MessageSource messages;

	Terms(ContractsProperties properties, Directory directory, Catalogue catalogue, Clock clock,
			BusinessCalendar calendar, MessageSource messages) {
		this.messages = messages;
		this.properties = properties;
		this.pricing = new Pricing(properties.monthlySurcharge());
		this.vat = new VatRules(properties.vat());
		this.directory = directory;
		this.catalogue = catalogue;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/** A text of the message bundles in the locale. */
	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	ContractsProperties properties() {
		return this.properties;
	}

	ZoneId zone() {
		return this.zone;
	}

	/** Today, for the provider. */
	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	/** An organisation's VAT: its country and whether its VAT ID is valid intra-EU. */
	VatTreatment vatOf(String organization) {
		TaxProfile profile = this.directory.taxProfile(organization);
		boolean valid = profile.vatId() != null && profile.status().validForIntraEu()
				&& (profile.country() == null || profile.vatId().startsWith(VatIds.prefixOf(profile.country())));
		return this.vat.of(profile.country(), valid);
	}

	Quote quote(Money annual, Billing billing, VatTreatment treatment) {
		return Quote.of(billing, this.pricing.periodPrice(annual, billing), treatment);
	}

	String serviceName(String key) {
		return this.catalogue.find(key).map(Service::name).orElse(key);
	}

	ContractView view(Contract contract, VatTreatment treatment, LocalDate today) {
		Quote quote = quote(contract.annualPrice(), contract.billing(), treatment);
		Optional<Renewal> renewal = contract.renewal(today);
		return new ContractView(contract.id(), serviceName(contract.service()), contract.service(), contract.billing(),
				contract.annualPrice().rounded().amount(), quote.periodPriceExVat().amount(), quote.vatRate(),
				quote.vat().amount(), quote.total().amount(), contract.annualPrice().currency().getCurrencyCode(),
				quote.reverseCharge(), quote.vatCase(), contract.startDate(), contract.termMonths(),
				contract.autoRenew(), contract.noticeDays(), renewal.map(Renewal::renewsOn).orElse(null),
				renewal.map(Renewal::noticeDeadline).orElse(null), contract.end().orElse(null), contract.status(today));
	}

}
