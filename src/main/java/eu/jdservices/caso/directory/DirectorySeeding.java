package eu.jdservices.caso.directory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Imports the directory CSV named by {@code CASO_DIRECTORY_IMPORT} (or
 * {@code caso.directory.import-file}) at start.
 */
@Component
class DirectorySeeding implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectorySeeding.class);

	private final Directory directory;

	private final Path file;

	DirectorySeeding(Directory directory, DirectoryProperties properties, Environment environment) {
		this.directory = directory;
		String legacy = environment.getProperty("CASO_DIRECTORY_IMPORT");
		this.file = (properties.importFile() != null) ? properties.importFile()
				: (legacy != null && !legacy.isBlank()) ? Path.of(legacy) : null;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.file == null) {
			return;
		}
		if (!Files.isReadable(this.file)) {
			throw new IllegalStateException(
					"CASO_DIRECTORY_IMPORT names a file that cannot be read: " + this.file.toAbsolutePath());
		}
		try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			ImportResult result = this.directory.importCsv(reader, Locale.ENGLISH);
			log.info("Directory import of {}: {} contacts created, {} updated, {} lines refused", this.file,
					result.created(), result.updated(), result.errors().size());
			result.errors().forEach((error) -> log.warn("{} line {}: {}", this.file, error.line(), error.message()));
		}
	}

}
