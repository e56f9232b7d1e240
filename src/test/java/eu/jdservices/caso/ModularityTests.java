package eu.jdservices.caso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of ARCHITECTURE.md hold, and the module documentation is
 * generated from the code (target/spring-modulith-docs).
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CasoApplication.class);

	@Test
	void modulesOnlyUseEachOthersApis() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		Documenter documenter = new Documenter(modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();

		Path docs = Path.of("target", "spring-modulith-docs");
		assertThat(docs.resolve("components.puml")).isRegularFile();
		assertThat(Files.readString(docs.resolve("components.puml"))).contains("Intake", "Cases", "Policy", "Timers",
				"Outbound", "Console");
	}

}
