package eu.jdservices.caso.console;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import eu.jdservices.caso.cases.AttachmentFile;
import eu.jdservices.caso.cases.Cases;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Attachments of a case as downloads: always saved, never rendered in the console's
 * origin; only harmless types keep their declared content type.
 */
@Controller
class AttachmentDownloads {

	static final Set<String> KEPT_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
			"application/pdf", "text/plain");

	private final Cases cases;

	AttachmentDownloads(Cases cases) {
		this.cases = cases;
	}

	@GetMapping("/cases/{number}/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long number, @PathVariable long id) {
		AttachmentFile file = this.cases.attachment(number, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return asDownload(file.name(), contentType(file.contentType()), file.content());
	}

	static ResponseEntity<byte[]> asDownload(String name, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentLength(content.length)
			.body(content);
	}

	static MediaType contentType(String declared) {
		String type = (declared != null) ? declared.toLowerCase(Locale.ROOT).strip() : "";
		return KEPT_TYPES.contains(type) ? MediaType.parseMediaType(type) : MediaType.APPLICATION_OCTET_STREAM;
	}

}
