package eu.jdservices.caso.contracts;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts CSV of CONTRACT.md: defaults for empty optional columns, one error per
 * bad line with its number, the good lines kept.
 */
class ContractsCsvTests {

	static final String HEADER = "organization_domain,service,annual_price,billing,start_date,term_months,auto_renew,"
			+ "notice_days\n";

	static final ContractsCsv.Defaults DEFAULTS = new ContractsCsv.Defaults(Currency.getInstance("EUR"), 12, true, 30);

	@Test
	void emptyOptionalColumnsTakeTheDefaultsAnnualTwelveMonthsRenewingThirtyDays() throws IOException {
		ContractsCsv.Parsed parsed = ContractsCsv
			.parse(new StringReader(HEADER + "TalleresEbro.es,hosting,1200,,2025-03-01,,,\n"), DEFAULTS);

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).singleElement().satisfies((row) -> {
			assertThat(row.domain()).isEqualTo("talleresebro.es");
			assertThat(row.annualPrice().amount()).isEqualByComparingTo("1200.00");
			assertThat(row.annualPrice().amount().scale()).isEqualTo(2);
			assertThat(row.billing()).isEqualTo(Billing.ANNUAL);
			assertThat(row.startDate()).isEqualTo(LocalDate.of(2025, 3, 1));
			assertThat(row.termMonths()).isEqualTo(12);
			assertThat(row.autoRenew()).isTrue();
			assertThat(row.noticeDays()).isEqualTo(30);
		});
	}

	@Test
	void eachBadLineIsReportedWithItsNumberAndTheGoodOnesKept() throws IOException {
		String csv = HEADER + "a.es,hosting,1200,MONTHLY,2025-03-01,12,false,15\n" + "a.es,correo,-5,,2025-03-01,,,\n"
				+ "a.es,copias,99.999,,2025-03-01,,,\n" + "a.es,web,100,WEEKLY,2025-03-01,,,\n"
				+ "a.es,voz,100,,01/03/2025,,,\n" + "a.es,erp,100,,2025-03-01,0,,\n"
				+ "a.es,crm,100,,2025-03-01,,maybe,\n" + ",,100,,2025-03-01,,,\n"
				+ "a.es,Hosting,1300,,2025-03-01,,,\n";

		ContractsCsv.Parsed parsed = ContractsCsv.parse(new StringReader(csv), DEFAULTS);

		assertThat(parsed.rows()).extracting(ContractsCsv.Row::service).containsExactly("hosting");
		assertThat(parsed.problems()).extracting(ContractsCsv.Problem::line, ContractsCsv.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "contracts.import.price-invalid"),
					org.assertj.core.groups.Tuple.tuple(4L, "contracts.import.price-invalid"),
					org.assertj.core.groups.Tuple.tuple(5L, "contracts.import.billing-invalid"),
					org.assertj.core.groups.Tuple.tuple(6L, "contracts.import.start-invalid"),
					org.assertj.core.groups.Tuple.tuple(7L, "contracts.import.term-invalid"),
					org.assertj.core.groups.Tuple.tuple(8L, "contracts.import.auto-renew-invalid"),
					org.assertj.core.groups.Tuple.tuple(9L, "contracts.import.domain-missing"),
					org.assertj.core.groups.Tuple.tuple(10L, "contracts.import.duplicate"));
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsOneProblemOnItsFirstLine() throws IOException {
		ContractsCsv.Parsed parsed = ContractsCsv.parse(new StringReader("domain,service\na.es,hosting\n"), DEFAULTS);

		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.key()).isEqualTo("contracts.import.missing-columns"));
	}

	@Test
	void anUnknownServiceGetsACatalogueKeyFromItsName() {
		assertThat(Contracts.keyFor("Copias de Seguridad")).isEqualTo("copias-de-seguridad");
		assertThat(Contracts.keyFor("Telefonía IP")).isEqualTo("telefonia-ip");
	}

}
