package eu.jdservices.caso.directory;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code caso.directory.*}.
 *
 * @param importFile a directory CSV imported at every start (idempotent); env
 * {@code CASO_DIRECTORY_IMPORT}
 */
@ConfigurationProperties("caso.directory")
public record DirectoryProperties(Path importFile) {
}
