package eu.jdservices.caso.contracts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.cases.GuidelineNote;
import eu.jdservices.caso.cases.OpeningFindings;
import eu.jdservices.caso.directory.Role;
import eu.jdservices.caso.intake.Reason;

import org.springframework.stereotype.Component;

/**
 * A new case meets the organisation's contracts (S5.3, S1.1). A representative's request
 * to contract, change or cancel (others are refused by S1.3 before a case opens) is
 * linked to the contract it names — by a service it names, or the organisation's only
 * contract — with {@code CONTRACT_REQUEST} and the day it takes effect; one after the
 * notice deadline also gets {@code LATE_NOTICE} and takes effect at the renewal after
 * next. Both are explained in the acknowledgement. A case that names a service the
 * organisation has not contracted gets the agents' hint {@code SERVICE_NOT_CONTRACTED}
 * (only for an organisation whose contracts are on record: none on record says nothing).
 * Reads the organisation's contracts only when the mail names a service or reads as a
 * request.
 */
@Component
class ContractRequests implements OpeningFindings {

	private final ContractStore store;

	private final Terms terms;

	private final RequestReading reading;

	ContractRequests(ContractStore store, Terms terms, ContractsProperties properties) {
		this.store = store;
		this.terms = terms;
		this.reading = new RequestReading(properties.requests());
	}

	@Override
	public List<Found> about(Opening opening) {
		if (opening.organization() == null) {
			return List.of();
		}
		boolean representative = opening.requester() != null && opening.requester().has(Role.REPRESENTATIVE);
		Optional<RequestReading.Request> request = representative ? this.reading.read(opening.subject(), opening.text())
				: Optional.empty();
		if (request.isEmpty() && opening.services().isEmpty()) {
			return List.of();
		}
		List<Contract> contracts = this.store.of(opening.organization());
		if (contracts.isEmpty() && request.isEmpty()) {
			return List.of();
		}
		Set<String> contracted = contracts.stream().map(Contract::service).collect(Collectors.toSet());
		List<Found> found = new ArrayList<>();
		request.ifPresent((asked) -> found.addAll(request(opening, asked, contracts)));
		boolean contracting = request.filter((asked) -> asked.kind() == RequestKind.CONTRACTING).isPresent();
		if (!contracts.isEmpty() && !contracting) {
			opening.services()
				.stream()
				.filter((service) -> !contracted.contains(service.key()))
				.forEach((service) -> found.add(new Found(Reason.SERVICE_NOT_CONTRACTED, "Names " + service.name()
						+ " (" + service.key() + "), which " + opening.organization() + " has not contracted")));
		}
		return found;
	}

	private List<Found> request(Opening opening, RequestReading.Request asked, List<Contract> contracts) {
		LocalDate today = opening.at().atZoneSameInstant(this.terms.zone()).toLocalDate();
		Locale locale = Locale.forLanguageTag(opening.language());
		List<Contract> named = contracts.stream()
			.filter((contract) -> opening.services()
				.stream()
				.anyMatch((service) -> service.key().equals(contract.service())))
			.toList();
		if (named.isEmpty() && opening.services().isEmpty() && contracts.size() == 1) {
			named = contracts;
		}
		if (named.isEmpty()) {
			return List.of(notLinked(opening, asked, today, locale));
		}
		List<Found> found = new ArrayList<>();
		for (Contract contract : named) {
			RequestKind kind = (asked.kind() == RequestKind.CONTRACTING) ? RequestKind.CHANGE : asked.kind();
			RequestEffect effect = contract.changeAskedOn(today);
			this.store.requested(opening.caseNumber(), contract.id(), kind, today, effect, asked.billing());
			String service = this.terms.serviceName(contract.service());
			String what = kind.name().toLowerCase(Locale.ROOT) + ((asked.billing() != null)
					? " to " + asked.billing().name().toLowerCase(Locale.ROOT) + " billing" : "");
			found.add(new Found(Reason.CONTRACT_REQUEST,
					"Contract #" + contract.id() + " (" + service + "): " + what + " ('" + asked.words()
							+ "'), effective " + effect.effectiveOn(),
					effect.late() ? null : note(Reason.CONTRACT_REQUEST, "contracts.ack.request." + kind.name(),
							service, date(effect.effectiveOn(), locale), billing(asked.billing(), locale))));
			if (effect.late()) {
				LocalDate renewsOn = contract.renewal(today).map(Renewal::renewsOn).orElse(null);
				found.add(new Found(Reason.LATE_NOTICE,
						"Asked on " + today + ", after the notice deadline " + effect.noticeDeadline()
								+ " of the renewal on " + renewsOn + ": effective at the renewal after next, "
								+ effect.effectiveOn(),
						note(Reason.LATE_NOTICE, "contracts.ack.late-notice." + kind.name(), service,
								date(effect.noticeDeadline(), locale), date(renewsOn, locale),
								date(effect.effectiveOn(), locale), String.valueOf(contract.noticeDays()),
								billing(asked.billing(), locale))));
			}
		}
		return found;
	}

	/**
	 * A request no contract of the organisation answers: a service to contract (effective
	 * once set up, from today), or a change of something not on record (agents look).
	 */
	private Found notLinked(Opening opening, RequestReading.Request asked, LocalDate today, Locale locale) {
		String services = opening.services().stream().map(Service::name).collect(Collectors.joining(", "));
		if (asked.kind() == RequestKind.CONTRACTING && !opening.services().isEmpty()) {
			return new Found(Reason.CONTRACT_REQUEST,
					"Contracting " + services + " ('" + asked.words() + "'), effective from " + today,
					note(Reason.CONTRACT_REQUEST, "contracts.ack.request.CONTRACTING", services, date(today, locale),
							""));
		}
		return new Found(Reason.CONTRACT_REQUEST,
				asked.kind().name().toLowerCase(Locale.ROOT) + " ('" + asked.words() + "') of "
						+ (services.isEmpty() ? "no service named" : services)
						+ ": no contract of the organisation on record for it; an agent links it");
	}

	private static GuidelineNote note(Reason code, String key, Object... args) {
		return new GuidelineNote(code, key, List.of(args));
	}

	/** A day as the customer reads it: "1 de marzo de 2027", "March 1, 2027". */
	static String date(LocalDate day, Locale locale) {
		return (day == null) ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	private String billing(Billing billing, Locale locale) {
		return (billing == null) ? "" : this.terms.text("contracts.billing.asked." + billing.name(), locale);
	}

}
