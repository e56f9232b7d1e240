package eu.jdservices.caso.routing;

import java.util.List;

import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.intake.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S1.1: a new case goes to the team of the service it names; otherwise to the first rule
 * that fits its severity, organisation and keywords; otherwise to the default team.
 */
class RoutingRulesTests {

	static final Service HOSTING = new Service("hosting", "Hosting", List.of("alojamiento web"), "Sistemas");

	static final Service PRINTERS = new Service("impresoras", "Impresoras", List.of(), null);

	final RoutingRules rules = new RoutingRules(new RoutingProperties(
			List.of(new RoutingProperties.Rule("Guardia", Severity.A, null, List.of()),
					new RoutingProperties.Rule("Cuentas clave", null, "Talleres Ebro SA", List.of()),
					new RoutingProperties.Rule("Facturación", null, null, List.of("factura", "facturación anual"))),
			"Soporte general"));

	@Test
	void aCaseNamingAServiceWithATeamGoesToThatTeamWhateverTheRules() {
		Route route = this.rules.route(Severity.A, "Talleres Ebro SA", "Web caída", "", List.of(PRINTERS, HOSTING));

		assertThat(route).isEqualTo(new Route("Sistemas", "names service hosting"));
	}

	@Test
	void otherwiseTheFirstRuleThatFitsWins() {
		assertThat(this.rules.route(Severity.A, "Talleres Ebro SA", "Nadie entra", "", List.of()).team())
			.isEqualTo("Guardia");
		assertThat(this.rules.route(Severity.B, "talleres ebro sa", "Lentitud", "", List.of()).team())
			.isEqualTo("Cuentas clave");
		assertThat(this.rules.route(Severity.C, "Otra SL", "Duda", "Sobre la última FACTURA de marzo", List.of()))
			.isEqualTo(new Route("Facturación", "routing rule 3"));
		assertThat(this.rules.route(Severity.C, "Otra SL", "Pasar a facturacion anual", "", List.of(PRINTERS)).team())
			.isEqualTo("Facturación");
	}

	@Test
	void keywordsAreWholeWords() {
		assertThat(this.rules.route(Severity.C, "Otra SL", "Facturas", "", List.of()).team())
			.isEqualTo("Soporte general");
	}

	@Test
	void withoutAFittingRuleTheCaseGoesToTheDefaultTeamOrNowhere() {
		assertThat(this.rules.route(Severity.C, null, "Duda", "", List.of(PRINTERS)).team())
			.isEqualTo("Soporte general");
		assertThat(
				new RoutingRules(new RoutingProperties(List.of(), " ")).route(Severity.C, null, "Duda", "", List.of()))
			.isEqualTo(Route.nowhere());
	}

	@Test
	void aRuleWithoutAnyCriterionIsRefusedAsConfiguration() {
		assertThat(new RoutingProperties.Rule("Todos", null, " ", List.of()).isSelective()).isFalse();
		assertThat(new RoutingProperties.Rule("A", Severity.A, null, List.of()).isSelective()).isTrue();
	}

}
