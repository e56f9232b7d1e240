package eu.jdservices.caso.intake.parsing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/**
 * Removes a Content-Transfer-Encoding leniently: base64 with missing padding or stray
 * characters (a trailing partial group still gives its bytes), quoted-printable (mime4j),
 * uuencode; unknown values are taken as 8bit.
 */
final class TransferDecoding {

	private TransferDecoding() {
	}

	static byte[] decode(byte[] raw, String transferEncoding) {
		String encoding = (transferEncoding != null) ? transferEncoding.strip().toLowerCase(Locale.ROOT) : "";
		if (encoding.equals("base64")) {
			return base64(raw);
		}
		if (encoding.equals("quoted-printable")) {
			return quotedPrintable(raw);
		}
		if (encoding.contains("uuencode") || encoding.equals("x-uue") || encoding.equals("uue")) {
			return uudecode(raw);
		}
		return raw;
	}

	static byte[] base64(byte[] raw) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 3 / 4 + 3);
		int buffer = 0;
		int count = 0;
		for (byte b : raw) {
			int value = sixBits(b);
			if (value < 0) {
				continue;
			}
			buffer = (buffer << 6) | value;
			count++;
			if (count == 4) {
				out.write((buffer >> 16) & 0xFF);
				out.write((buffer >> 8) & 0xFF);
				out.write(buffer & 0xFF);
				buffer = 0;
				count = 0;
			}
		}
		if (count == 2) {
			out.write((buffer >> 4) & 0xFF);
		}
		else if (count == 3) {
			out.write((buffer >> 10) & 0xFF);
			out.write((buffer >> 2) & 0xFF);
		}
		return out.toByteArray();
	}

	private static int sixBits(byte b) {
		if (b >= 'A' && b <= 'Z') {
			return b - 'A';
		}
		if (b >= 'a' && b <= 'z') {
			return b - 'a' + 26;
		}
		if (b >= '0' && b <= '9') {
			return b - '0' + 52;
		}
		if (b == '+') {
			return 62;
		}
		return (b == '/') ? 63 : -1;
	}

	private static byte[] quotedPrintable(byte[] raw) {
		try (InputStream in = new QuotedPrintableInputStream(new ByteArrayInputStream(raw), DecodeMonitor.SILENT)) {
			return in.readAllBytes();
		}
		catch (IOException | RuntimeException ex) {
			return raw;
		}
	}

	/** uuencoded data, with or without {@code begin}/{@code end} lines. */
	static byte[] uudecode(byte[] encoded) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length);
		for (String line : new String(encoded, StandardCharsets.ISO_8859_1).split("\r?\n")) {
			if (line.startsWith("begin ") || line.isEmpty()) {
				continue;
			}
			if (line.strip().equals("end")) {
				break;
			}
			int length = (line.charAt(0) - 32) & 0x3F;
			int written = 0;
			for (int i = 1; written < length; i += 4) {
				int c0 = uuBits(line, i);
				int c1 = uuBits(line, i + 1);
				int c2 = uuBits(line, i + 2);
				int c3 = uuBits(line, i + 3);
				int[] bytes = { (c0 << 2) | (c1 >> 4), ((c1 & 0xF) << 4) | (c2 >> 2), ((c2 & 0x3) << 6) | c3 };
				for (int b = 0; b < 3 && written < length; b++, written++) {
					out.write(bytes[b] & 0xFF);
				}
			}
		}
		return out.toByteArray();
	}

	private static int uuBits(String line, int index) {
		return (index < line.length()) ? ((line.charAt(index) - 32) & 0x3F) : 0;
	}

}
