package eu.jdservices.caso.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import eu.jdservices.caso.directory.Directory;

import org.springframework.web.client.RestClient;

/**
 * What end-to-end tests set up before each scenario: the sample customer directory and an
 * API client signed in as the test administrator.
 */
public final class TestSetup {

	public static final String ADMIN = "admin@jd-services.eu";

	public static final String ADMIN_PASSWORD = "test-admin-secret";

	private TestSetup() {
	}

	/**
	 * Imports {@code src/test/resources/directory.csv} (the sample of CONTRACT.md);
	 * idempotent.
	 */
	public static void importSampleDirectory(Directory directory) {
		try (Reader csv = new InputStreamReader(TestSetup.class.getResourceAsStream("/directory.csv"),
				StandardCharsets.UTF_8)) {
			directory.importCsv(csv, Locale.ENGLISH);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The REST API on the given port, with the administrator's HTTP Basic credentials.
	 */
	public static RestClient adminApi(int port) {
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.defaultHeaders((headers) -> headers.setBasicAuth(ADMIN, ADMIN_PASSWORD))
			.build();
	}

}
