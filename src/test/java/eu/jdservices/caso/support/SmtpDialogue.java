package eu.jdservices.caso.support;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain SMTP client for tests: speaks the protocol line by line so tests see the exact
 * reply codes a customer's mail server would get.
 */
public final class SmtpDialogue implements Closeable {

	private final Socket socket;

	private final BufferedReader in;

	private final OutputStream out;

	public SmtpDialogue(int port) throws IOException {
		this.socket = new Socket("127.0.0.1", port);
		this.socket.setTcpNoDelay(true);
		this.socket.setSoTimeout(120_000);
		this.in = new BufferedReader(new InputStreamReader(this.socket.getInputStream(), StandardCharsets.ISO_8859_1));
		this.out = this.socket.getOutputStream();
		reply();
		command("EHLO test.example");
	}

	/** Sends a command line and returns the (last line of the) reply. */
	public String command(String line) throws IOException {
		this.out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		this.out.flush();
		return reply();
	}

	/** Sends DATA, the dot-stuffed bytes and the final dot; returns the final reply. */
	public String data(byte[] raw) throws IOException {
		String go = command("DATA");
		if (!go.startsWith("354")) {
			return go;
		}
		byte[] stuffed = dotStuff(raw);
		this.out.write(stuffed);
		if (stuffed.length > 0 && stuffed[stuffed.length - 1] != '\n') {
			this.out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		this.out.write(".\r\n".getBytes(StandardCharsets.ISO_8859_1));
		this.out.flush();
		return reply();
	}

	/**
	 * One whole mail transaction on a new connection; returns the reply to the end of
	 * DATA, or the first refusal.
	 */
	public static String send(int port, String mailFrom, byte[] raw, String... recipients) throws IOException {
		try (SmtpDialogue smtp = new SmtpDialogue(port)) {
			return smtp.transaction(mailFrom, raw, recipients);
		}
	}

	/**
	 * One mail transaction on this connection (several may follow, after
	 * {@link #reset()}); returns the reply to the end of DATA, or the first refusal.
	 */
	public String transaction(String mailFrom, byte[] raw, String... recipients) throws IOException {
		String reply = command("MAIL FROM:<" + mailFrom + ">");
		if (!reply.startsWith("250")) {
			return reply;
		}
		for (String recipient : recipients) {
			reply = command("RCPT TO:<" + recipient + ">");
			if (!reply.startsWith("250")) {
				return reply;
			}
		}
		return data(raw);
	}

	/** Ends the current mail transaction (RSET). */
	public void reset() throws IOException {
		String reply = command("RSET");
		if (!reply.startsWith("250")) {
			throw new IOException("RSET refused: " + reply);
		}
	}

	private String reply() throws IOException {
		String line;
		do {
			line = this.in.readLine();
			if (line == null) {
				throw new IOException("connection closed");
			}
		}
		while (line.length() > 3 && line.charAt(3) == '-');
		return line;
	}

	/**
	 * What an MTA puts on the wire: lines end in CRLF (a bare LF of a Unix mailbox file
	 * becomes CRLF, else the end of data, CRLF.CRLF, never comes) and a line starting
	 * with a dot gets a second one.
	 */
	private static byte[] dotStuff(byte[] raw) {
		java.io.ByteArrayOutputStream stuffed = new java.io.ByteArrayOutputStream(raw.length + raw.length / 20);
		boolean lineStart = true;
		for (int i = 0; i < raw.length; i++) {
			byte b = raw[i];
			if (lineStart && b == '.') {
				stuffed.write('.');
			}
			if (b == '\n' && (i == 0 || raw[i - 1] != '\r')) {
				stuffed.write('\r');
			}
			stuffed.write(b);
			lineStart = (b == '\n');
		}
		return stuffed.toByteArray();
	}

	@Override
	public void close() throws IOException {
		try {
			command("QUIT");
		}
		catch (IOException ex) {
			// already closed
		}
		this.socket.close();
	}

}
