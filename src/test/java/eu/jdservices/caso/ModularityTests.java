package eu.jdservices.caso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
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

	/**
	 * The README's module diagram is the modules' dependencies as Spring Modulith sees
	 * them in the code (Mermaid, which GitHub draws); when a dependency changes, this
	 * test fails and prints the diagram to paste.
	 */
	@Test
	void theReadmesModuleDiagramMatchesTheCode() throws IOException {
		StringBuilder diagram = new StringBuilder("```mermaid\ngraph LR\n");
		modules.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach((module) -> {
			List<String> targets = module.getDirectDependencies(modules)
				.uniqueModules()
				.map(ApplicationModule::getName)
				.filter((name) -> !name.equals(module.getName()))
				.distinct()
				.sorted()
				.toList();
			if (targets.isEmpty()) {
				diagram.append("  ").append(module.getName()).append('\n');
			}
			targets.forEach((target) -> diagram.append("  ")
				.append(module.getName())
				.append(" --> ")
				.append(target)
				.append('\n'));
		});
		String expected = diagram.append("```").toString();
		Path written = Path.of("target", "modules.mermaid.md");
		Files.createDirectories(written.getParent());
		Files.writeString(written, expected);

		assertThat(Files.readString(Path.of("README.md")))
			.as("README.md's module diagram (paste %s in its place)", written.toAbsolutePath())
			.contains(expected);
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
