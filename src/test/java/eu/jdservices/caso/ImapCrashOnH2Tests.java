package eu.jdservices.caso;

import java.nio.file.Path;
import java.util.List;

/**
 * The IMAP crash test on the embedded default: the H2 file database under the data
 * folder, exactly as {@code java -jar caso.jar} runs it.
 */
class ImapCrashOnH2Tests extends ImapCrashScenarios {

	@Override
	List<String> database(Path folder) {
		return List.of();
	}

}
