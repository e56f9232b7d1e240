package eu.jdservices.caso.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OAuth 2.0 token endpoint on 127.0.0.1 that answers the client credentials grant as
 * the Microsoft identity platform does ({@code POST /<tenant>/oauth2/v2.0/token},
 * form-encoded): a fresh access token with the lifetime set for the client, or HTTP 401
 * {@code invalid_client} for a wrong secret. It counts the requests of each client and
 * hands every token it issues to the client's listener (a test sets it as the mailbox
 * password of GreenMail, whose XOAUTH2 checks the token as the password).
 */
public final class TestTokenEndpoint implements AutoCloseable {

	public static final String SCOPE = "https://outlook.office365.com/.default";

	private static final String PATH = "/9188040d-6c67-4c5b-b112-36a304b66dad/oauth2/v2.0/token";

	private final HttpServer server;

	private final Map<String, Client> clients = new ConcurrentHashMap<>();

	private final List<String> issued = new CopyOnWriteArrayList<>();

	private TestTokenEndpoint(HttpServer server) {
		this.server = server;
	}

	public static TestTokenEndpoint start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		TestTokenEndpoint endpoint = new TestTokenEndpoint(server);
		server.createContext(PATH, endpoint::answer);
		server.start();
		return endpoint;
	}

	/** The token endpoint's address ({@code token-uri}). */
	public String uri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + PATH;
	}

	/**
	 * Registers a client.
	 * @param lifetime the {@code expires_in} of its tokens
	 * @param onIssue told each token issued to the client
	 */
	public void client(String clientId, String secret, Duration lifetime, Consumer<String> onIssue) {
		this.clients.put(clientId, new Client(secret, lifetime, onIssue, new AtomicInteger()));
	}

	/** How many token requests the client made (refused ones included). */
	public int requests(String clientId) {
		Client client = this.clients.get(clientId);
		return (client != null) ? client.requests().get() : 0;
	}

	/** Every token issued so far, to any client. */
	public List<String> issued() {
		return List.copyOf(this.issued);
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> form = form(
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
			Client client = this.clients.get(form.getOrDefault("client_id", ""));
			if (client != null) {
				client.requests().incrementAndGet();
			}
			if (!"POST".equals(exchange.getRequestMethod()) || contentType == null
					|| !contentType.startsWith("application/x-www-form-urlencoded")) {
				reply(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"AADSTS900144: The request "
						+ "body must contain the following parameter: 'grant_type'.\"}");
			}
			else if (!"client_credentials".equals(form.get("grant_type"))) {
				reply(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
			}
			else if (client == null || !client.secret().equals(form.get("client_secret"))) {
				reply(exchange, 401,
						"{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client "
								+ "secret provided. Ensure the secret being sent in the request is the client secret value, "
								+ "not the client secret ID.\",\"error_codes\":[7000215]}");
			}
			else if (!SCOPE.equals(form.get("scope"))) {
				reply(exchange, 400, "{\"error\":\"invalid_scope\",\"error_description\":\"AADSTS1002012: The provided "
						+ "value for scope is not valid.\"}");
			}
			else {
				String token = "eyJ0eXAiOiJKV1Qi." + UUID.randomUUID() + "." + UUID.randomUUID();
				this.issued.add(token);
				client.onIssue().accept(token);
				reply(exchange, 200,
						"{\"token_type\":\"Bearer\",\"expires_in\":" + client.lifetime().toSeconds()
								+ ",\"ext_expires_in\":" + client.lifetime().toSeconds() + ",\"access_token\":\""
								+ token + "\"}");
			}
		}
	}

	private static void reply(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String field : body.split("&")) {
			int equals = field.indexOf('=');
			if (equals > 0) {
				form.put(URLDecoder.decode(field.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(field.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Client(String secret, Duration lifetime, Consumer<String> onIssue, AtomicInteger requests) {

	}

}
