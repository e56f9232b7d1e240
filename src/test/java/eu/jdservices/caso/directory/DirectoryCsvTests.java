package eu.jdservices.caso.directory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryCsvTests {

	static final String HEADER = "organization,domain,email,name,role,manager_email,language,phone,shared_mailbox\n";

	@Test
	void readsTheSampleDirectoryOfTheContract() throws IOException {
		Path sample = Path.of(System.getProperty("caso.shared.dir", "../shared"), "samples", "directory.csv");

		DirectoryCsv.Parsed parsed = DirectoryCsv.parse(Files.newBufferedReader(sample));

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).hasSize(6);
		DirectoryCsv.Row beatriz = parsed.rows().get(0);
		assertThat(beatriz.contact().roles()).containsExactlyInAnyOrder(Role.REPRESENTATIVE, Role.TOP_EXECUTIVE);
		assertThat(beatriz.contact().phone()).isEqualTo("+34 976 000 101");
		DirectoryCsv.Row shared = parsed.rows().get(3);
		assertThat(shared.contact().sharedMailbox()).isTrue();
		DirectoryCsv.Row priya = parsed.rows().get(5);
		assertThat(priya.domains()).containsExactly("harbour-analytics.co.uk", "harbouranalytics.com");
		assertThat(priya.contact().managerEmail()).isEqualTo("james.reid@harbour-analytics.co.uk");
		assertThat(priya.contact().language()).isEqualTo("en");
	}

	@Test
	void eachBadLineIsReportedWithItsNumberAndTheOthersAreKept() throws IOException {
		String csv = HEADER + """
				Acme,acme.es,ok@acme.es,Ok,member,,es,,false
				Acme,acme.es,broken-address,X,member,,es,,false
				Acme,acme.es,role@acme.es,X,chief,,es,,false
				Acme,acme.es,lang@acme.es,X,member,,fr,,false
				Acme,acme.es,shared@acme.es,X,member,,es,,maybe
				,acme.es,noorg@acme.es,X,member,,es,,false
				Acme,acme.es,short@acme.es,X
				Acme,acme.es,OK@acme.es,Again,member,,es,,false
				Acme,acme..es,domain@acme.es,X,member,,es,,false
				Acme,acme.es,self@acme.es,X,member,self@acme.es,es,,false
				""";

		DirectoryCsv.Parsed parsed = DirectoryCsv.parse(new StringReader(csv));

		assertThat(parsed.rows()).extracting((row) -> row.contact().email()).containsExactly("ok@acme.es");
		assertThat(parsed.problems()).extracting(DirectoryCsv.Problem::line)
			.containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
		assertThat(parsed.problems()).extracting(DirectoryCsv.Problem::key)
			.containsExactly("directory.import.email-invalid", "directory.import.role-invalid",
					"directory.import.language-invalid", "directory.import.shared-invalid",
					"directory.import.organization-missing", "directory.import.column-count",
					"directory.import.duplicate-email", "directory.import.domain-invalid",
					"directory.import.own-manager");
	}

	@Test
	void aFileWithoutTheExpectedHeaderIsOneClearProblem() throws IOException {
		DirectoryCsv.Parsed parsed = DirectoryCsv.parse(new StringReader("email;name\nx@y.es;X\n"));

		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.key()).isEqualTo("directory.import.missing-columns"));
	}

	@Test
	void emptyRoleMeansMemberAndSeveralRolesAreSeparatedByBars() throws IOException {
		DirectoryCsv.Parsed parsed = DirectoryCsv.parse(new StringReader(
				HEADER + "Acme,acme.es,a@acme.es,A,,,,,\nAcme,acme.es,b@acme.es,B,Member|Representative,,,,\n"));

		assertThat(parsed.rows().get(0).contact().roles()).containsExactly(Role.MEMBER);
		assertThat(parsed.rows().get(1).contact().roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.REPRESENTATIVE);
		assertThat(parsed.rows().get(0).contact().sharedMailbox()).isFalse();
	}

	@Test
	void theOptionalColumnsGiveTheOrganisationsCountryAndVatIdAndWhetherAContactWorksInEnglish() throws IOException {
		String csv = "organization,domain,email,name,role,manager_email,language,phone,shared_mailbox,country,vat_id,"
				+ "accepts_english\n" + """
						Maschinenbau GmbH,mb.de,klaus@mb.de,Klaus,representative,,en,,false,de,136 695 976,true
						Canarias SL,cn.es,ana@cn.es,Ana,member,,es,,false,ES-CN,B12345674,
						Sin Pais SL,sp.es,eva@sp.es,Eva,member,,es,,false,,ESB12345674,false
						Harbour Ltd,hb.co.uk,james@hb.co.uk,James,member,,en,,false,GB,GB 123 4567 89,
						Mal SL,mal.es,a@mal.es,A,member,,es,,false,ES,B12345675,
						Otro SL,otro.es,b@otro.es,B,member,,es,,false,FR,DE136695976,
						Nada SL,nada.es,c@nada.es,C,member,,es,,false,XX,,
						Ingles SL,ing.es,d@ing.es,D,member,,es,,false,,,sometimes
						""";

		DirectoryCsv.Parsed parsed = DirectoryCsv.parse(new StringReader(csv));

		assertThat(parsed.rows()).extracting(DirectoryCsv.Row::country, DirectoryCsv.Row::vatId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DE", "DE136695976"),
					org.assertj.core.groups.Tuple.tuple("ES-CN", "ESB12345674"),
					org.assertj.core.groups.Tuple.tuple("ES", "ESB12345674"),
					org.assertj.core.groups.Tuple.tuple("GB", "GB123456789"));
		assertThat(parsed.rows().get(0).contact().acceptsEnglish()).isTrue();
		assertThat(parsed.rows().get(1).contact().acceptsEnglish()).isFalse();
		assertThat(parsed.problems()).extracting(DirectoryCsv.Problem::line, DirectoryCsv.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "directory.vat-id.check-digits"),
					org.assertj.core.groups.Tuple.tuple(7L, "directory.vat-id.other-country"),
					org.assertj.core.groups.Tuple.tuple(8L, "directory.import.country-invalid"),
					org.assertj.core.groups.Tuple.tuple(9L, "directory.import.english-invalid"));
	}

}
