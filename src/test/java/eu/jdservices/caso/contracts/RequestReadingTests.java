package eu.jdservices.caso.contracts;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Currency;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a mail asks about a contract, with the default words of
 * {@code caso.contracts.requests.*}.
 */
class RequestReadingTests {

	static final ContractsProperties DEFAULTS = defaults();

	final RequestReading reading = new RequestReading(DEFAULTS.requests());

	@Test
	void theSeedsExampleIsAChangeToAnnualBilling() {
		assertThat(this.reading.read("Cambio de hosting a facturación anual", "")).hasValueSatisfying((request) -> {
			assertThat(request.kind()).isEqualTo(RequestKind.CHANGE);
			assertThat(request.billing()).isEqualTo(Billing.ANNUAL);
		});
	}

	@Test
	void theBillingNamedLastIsTheOneAskedFor() {
		assertThat(this.reading.read("Facturación", "Queremos pasar de facturación anual a pago mensual"))
			.hasValueSatisfying((request) -> assertThat(request.billing()).isEqualTo(Billing.MONTHLY));
		assertThat(this.reading.read("Billing", "Please move us from monthly billing to annual billing"))
			.hasValueSatisfying((request) -> assertThat(request.billing()).isEqualTo(Billing.ANNUAL));
	}

	@Test
	void aCancellationWinsOverAChange() {
		assertThat(this.reading.read("Baja", "No queremos cambiar de plan: queremos cancelar el servicio de correo"))
			.hasValueSatisfying((request) -> assertThat(request.kind()).isEqualTo(RequestKind.CANCELLATION));
		assertThat(this.reading.read("Contract", "We will not renew the contract"))
			.hasValueSatisfying((request) -> assertThat(request.kind()).isEqualTo(RequestKind.CANCELLATION));
	}

	@Test
	void contractingAServiceIsRecognised() {
		assertThat(this.reading.read("Nuevo servicio", "Queremos contratar las copias de seguridad"))
			.hasValueSatisfying((request) -> assertThat(request.kind()).isEqualTo(RequestKind.CONTRACTING));
	}

	@Test
	void anIncidentOrAChangeOfConfigurationIsNoRequestAboutAContract() {
		assertThat(this.reading.read("El hosting no responde", "Desde las 9:00 la web da error 503.")).isEmpty();
		assertThat(this.reading.read("Cambio en la web", "Queremos cambiar el logo de la página de inicio.")).isEmpty();
		assertThat(this.reading.read("Cambio de contraseña", "Necesito cambiar mi contraseña del correo.")).isEmpty();
	}

	static ContractsProperties defaults() {
		return new ContractsProperties(Currency.getInstance("EUR"), new BigDecimal("0.20"), 12, 30, true, 15,
				LocalTime.of(9, 0), 60,
				new ContractsProperties.Vat(new BigDecimal("21"), "ES", Set.of("ES-CN", "ES-CE", "ES-ML"),
						Set.of("ES")),
				new org.springframework.boot.context.properties.bind.Binder(
						new org.springframework.boot.context.properties.source.MapConfigurationPropertySource())
					.bindOrCreate("caso.contracts.requests", ContractsProperties.Requests.class));
	}

}
