package eu.jdservices.caso.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 for playing a network outage: {@link #cut()} drops every open
 * connection and refuses new ones, {@link #restore()} listens again on the same port.
 * What clients sent through it is kept ({@link #sent()}, the first megabyte), for tests
 * that check what went over the wire.
 */
public final class TcpProxy implements AutoCloseable {

	private final int port;

	private final String targetHost;

	private final int targetPort;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final StringBuffer sent = new StringBuffer();

	private volatile ServerSocket listener;

	public TcpProxy(String targetHost, int targetPort) throws IOException {
		this.port = FreePort.find();
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		restore();
	}

	public int port() {
		return this.port;
	}

	/** Listens (again) and forwards every new connection to the target. */
	public synchronized void restore() throws IOException {
		if (this.listener != null) {
			return;
		}
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
		this.listener = socket;
		Thread.ofPlatform().daemon().name("tcp-proxy-" + this.port).start(() -> accept(socket));
	}

	/** The network is gone: open connections are reset, new ones refused. */
	public synchronized void cut() throws IOException {
		ServerSocket socket = this.listener;
		this.listener = null;
		if (socket != null) {
			socket.close();
		}
		dropConnections();
	}

	/**
	 * The open connections are reset; new ones are taken as before (the port stays bound,
	 * so nothing else can take it meanwhile).
	 */
	public synchronized void dropConnections() {
		for (Socket connection : this.open) {
			try {
				connection.setSoLinger(true, 0);
				connection.close();
			}
			catch (IOException ex) {
				// already gone
			}
		}
		this.open.clear();
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket server = new Socket(this.targetHost, this.targetPort);
				this.open.add(client);
				this.open.add(server);
				pipe(client, server, true);
				pipe(server, client, false);
			}
			catch (IOException ex) {
				// the listener was closed (cut), or the target refused
			}
		}
	}

	/** What clients sent through the proxy so far (bytes as ISO-8859-1 characters). */
	public String sent() {
		return this.sent.toString();
	}

	private void pipe(Socket from, Socket to, boolean record) {
		Thread.ofPlatform().daemon().start(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					if (record && this.sent.length() < 1024 * 1024) {
						this.sent.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side closed: close the other
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		});
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

}
