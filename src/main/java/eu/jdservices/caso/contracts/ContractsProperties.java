package eu.jdservices.caso.contracts;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.contracts.*}: the commercial terms of the provider's published page (S5)
 * and the VAT rules. Every setting has the page's value as default.
 *
 * @param currency the currency of prices (ISO 4217)
 * @param monthlySurcharge what monthly billing costs on top of the annual price (0.20:
 * +20 %, S5.2)
 * @param termMonths a contract's term unless the import says otherwise (S5.3)
 * @param noticeDays the notice a change or cancellation needs before a renewal (S5.3)
 * @param autoRenew whether a contract renews unless the import says otherwise (S5.3)
 * @param renewalNoticeDaysBefore how many days before each notice deadline the
 * organisation's representatives are reminded of it
 * @param renewalNoticeTime at what time of day (in the business calendar's zone) that
 * reminder goes
 * @param upcomingDays how far ahead the agents' list of notice deadlines looks
 * @param vat the VAT rules
 * @param requests the words of a request about a contract
 */
@Validated
@ConfigurationProperties("caso.contracts")
public record ContractsProperties(@NotNull @DefaultValue("EUR") Currency currency,
		@NotNull @DecimalMin("0") @DecimalMax("10") @DefaultValue("0.20") BigDecimal monthlySurcharge,
		@Min(1) @Max(120) @DefaultValue("12") int termMonths, @Min(0) @Max(365) @DefaultValue("30") int noticeDays,
		@DefaultValue("true") boolean autoRenew, @Min(0) @Max(365) @DefaultValue("15") int renewalNoticeDaysBefore,
		@NotNull @DefaultValue("09:00") LocalTime renewalNoticeTime, @Min(1) @DefaultValue("60") int upcomingDays,
		@Valid @NotNull @DefaultValue Vat vat, @Valid @NotNull @DefaultValue Requests requests) {

	/**
	 * {@code caso.contracts.vat.*}: the provider invoices from Spain.
	 *
	 * @param rate the Spanish IVA rate, in percent
	 * @param defaultCountry the country of an organisation whose country the directory
	 * does not know
	 * @param withoutSpanishVat Spanish territories outside the Spanish VAT area (ISO
	 * 3166-2: Canary Islands, Ceuta, Melilla)
	 * @param euCountries the EU member states (ISO 3166-1 alpha-2; Greece is {@code GR})
	 */
	public record Vat(@NotNull @DecimalMin("0") @DecimalMax("100") @DefaultValue("21") BigDecimal rate,
			@NotBlank @DefaultValue("ES") String defaultCountry, @NotNull @DefaultValue( {
					"ES-CN", "ES-CE", "ES-ML" }) Set<String> withoutSpanishVat,
			@NotNull @DefaultValue({ "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
					"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI",
					"SK" }) Set<String> euCountries){
	}

	/**
	 * {@code caso.contracts.requests.*}: how a request about a contract reads (whole
	 * words, case and accents aside; {@code *} alone stands for up to three words).
	 *
	 * @param cancellationWords cancelling a service or a contract
	 * @param changeWords changing what is contracted or how it is billed
	 * @param contractingWords contracting a new service
	 */
	public record Requests(@NotNull @DefaultValue( {
			"cancelar el servicio", "cancelar * servicio", "cancelar el contrato", "cancelar * contrato",
			"cancelacion del servicio", "cancelacion de * servicio", "cancelacion del contrato",
			"dar de baja el servicio", "dar de baja * servicio", "dar de baja * contrato", "baja del servicio",
			"baja de * servicio", "rescindir", "no renovar", "cancel the subscription", "cancel * subscription",
			"cancel the contract", "cancel * contract", "cancel * service", "terminate * contract", "not renew",
			"cancellation of * service", "cancellation of * contract" }) List<String> cancellationWords,
			@NotNull @DefaultValue({ "facturacion anual", "facturacion mensual", "pago anual", "pago mensual",
					"cambio de plan", "cambiar de plan", "cambiar el plan", "cambio de tarifa", "ampliar el plan",
					"ampliar * plan", "ampliar * licencias", "mas licencias", "reducir * licencias", "annual billing",
					"monthly billing", "yearly billing", "pay annually", "pay monthly", "pay yearly", "upgrade * plan",
					"downgrade * plan", "change * plan", "more licenses", "more licences" }) List<String> changeWords,
			@NotNull @DefaultValue({ "contratar", "quiero contratar", "queremos contratar", "dar de alta el servicio",
					"dar de alta * servicio", "sign up for", "subscribe to" }) List<String> contractingWords){
	}

}
