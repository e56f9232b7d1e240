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

}
