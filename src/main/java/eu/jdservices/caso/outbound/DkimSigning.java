package eu.jdservices.caso.outbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import org.apache.james.jdkim.DKIMSigner;
import org.apache.james.jdkim.exceptions.FailException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * DKIM signature of every mail we send (RFC 6376, Apache James jDKIM), when
 * {@code caso.outbound.dkim.*} names a domain, a selector and a PKCS#8 PEM RSA key:
 * rsa-sha256, relaxed/relaxed canonicalisation, over the headers that say who wrote the
 * mail, to whom, about what and its verification code. At start the TXT record to publish
 * is logged.
 */
@Component
class DkimSigning {

	/** The signed headers; one that is absent is signed as absent (cannot be added). */
	static final String SIGNED_HEADERS = "from:sender:reply-to:to:cc:subject:date:message-id:in-reply-to:references:"
			+ "mime-version:content-type:content-transfer-encoding:content-language:auto-submitted:"
			+ "x-caso-verification";

	private static final Logger log = LoggerFactory.getLogger(DkimSigning.class);

	private final DKIMSigner signer;

	DkimSigning(OutboundProperties properties) {
		OutboundProperties.Dkim dkim = properties.dkim();
		if (!dkim.configured()) {
			this.signer = null;
			return;
		}
		PrivateKey key = readKey(dkim.privateKey());
		this.signer = new DKIMSigner("v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + dkim.domain() + "; s="
				+ dkim.selector() + "; h=" + SIGNED_HEADERS + "; bh=; b=;", key);
		log.info("DKIM signing as d={} s={}; publish this TXT record at {}._domainkey.{}:\n{}", dkim.domain(),
				dkim.selector(), dkim.selector(), dkim.domain(), dnsRecord(key));
	}

	boolean enabled() {
		return this.signer != null;
	}

	/** The mail with its DKIM-Signature first; unchanged without a key. */
	byte[] sign(byte[] raw) {
		if (this.signer == null) {
			return raw;
		}
		try {
			String header = fold(this.signer.sign(new ByteArrayInputStream(raw)));
			byte[] field = (header + "\r\n").getBytes(StandardCharsets.US_ASCII);
			byte[] signed = new byte[field.length + raw.length];
			System.arraycopy(field, 0, signed, 0, field.length);
			System.arraycopy(raw, 0, signed, field.length, raw.length);
			return signed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FailException ex) {
			throw new IllegalStateException("Could not DKIM-sign a mail: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Folds the header where a tag ends ({@code "; "}): relaxed canonicalisation reads
	 * the fold as the space it replaces, so the signature stays valid.
	 */
	private static String fold(String header) {
		return header.replace("; ", ";\r\n\t");
	}

	/** The TXT record that publishes the public half of an RSA key. */
	static String dnsRecord(PrivateKey key) {
		return "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(publicKey(key).getEncoded());
	}

	static PublicKey publicKey(PrivateKey key) {
		if (!(key instanceof RSAPrivateCrtKey rsa)) {
			throw new IllegalStateException("caso.outbound.dkim.private-key must be an RSA key");
		}
		try {
			return KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static PrivateKey readKey(Path pem) {
		try {
			String text = Files.readString(pem, StandardCharsets.US_ASCII);
			if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
				throw new IllegalStateException(pem + " is not a PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----); "
						+ "convert it with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out " + pem.getFileName());
			}
			String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
			return KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the DKIM key caso.outbound.dkim.private-key=" + pem, ex);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Not an RSA key: caso.outbound.dkim.private-key=" + pem, ex);
		}
	}

}
