package eu.jdservices.caso.support;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Caso as a separate JVM on 127.0.0.1, started from the test class path: for tests that
 * must kill the process ({@code kill -9}) and start it again on the same data. Its output
 * goes to a log file; the process is always killed when the test JVM ends.
 */
public final class CasoProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final int webPort;

	private final int smtpPort;

	private final Path log;

	private CasoProcess(Process process, int webPort, int smtpPort, Path log) {
		this.process = process;
		this.webPort = webPort;
		this.smtpPort = smtpPort;
		this.log = log;
	}

	/**
	 * Starts Caso with the given {@code --name=value} arguments (on top of free ports and
	 * the test administrator) and waits until it serves HTTP and SMTP.
	 */
	public static CasoProcess start(Path log, List<String> arguments, Map<String, String> environment)
			throws IOException, InterruptedException {
		int webPort = FreePort.find();
		int smtpPort = FreePort.find();
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("eu.jdservices.caso.CasoApplication");
		command.add("--server.port=" + webPort);
		command.add("--caso.intake.smtp.port=" + smtpPort);
		command.addAll(arguments);
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("CASO_ADMIN_EMAIL", TestSetup.ADMIN);
		builder.environment().put("CASO_ADMIN_PASSWORD", TestSetup.ADMIN_PASSWORD);
		builder.environment().putAll(environment);
		Process process = builder.start();
		CasoProcess caso = new CasoProcess(process, webPort, smtpPort, log);
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		caso.awaitReady();
		return caso;
	}

	public int webPort() {
		return this.webPort;
	}

	public int smtpPort() {
		return this.smtpPort;
	}

	public long pid() {
		return this.process.pid();
	}

	/** {@code kill -9}: no shutdown hook, no flush, nothing Caso could still finish. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Caso (pid " + pid() + ") did not die");
		}
	}

	private void awaitReady() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.webPort + "/v3/api-docs"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Caso exited with " + this.process.exitValue() + " while starting; see "
						+ this.log.toAbsolutePath());
			}
			try {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 && smtpAnswers()) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("Caso did not start within " + START_TIMEOUT + "; see " + this.log);
	}

	private boolean smtpAnswers() {
		try (Socket socket = new Socket("127.0.0.1", this.smtpPort)) {
			socket.setSoTimeout(2000);
			return socket.getInputStream().read() == '2';
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
