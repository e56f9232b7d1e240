package eu.jdservices.caso;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in Spanish and in English.
 */
class MessageBundlesTests {

	@Test
	void spanishAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Set<String> spanish = keys("/messages_es.properties");
		Set<String> english = keys("/messages_en.properties");

		assertThat(spanish).isNotEmpty();
		assertThat(new TreeSet<>(english)).as("keys of messages_en.properties").isEqualTo(new TreeSet<>(spanish));
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String bundle : new String[] { "/messages_es.properties", "/messages_en.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	private static Set<String> keys(String bundle) throws IOException {
		return load(bundle).stringPropertyNames();
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream(bundle),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
