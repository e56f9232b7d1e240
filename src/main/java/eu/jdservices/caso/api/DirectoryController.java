package eu.jdservices.caso.api;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.accounts.AuditAction;
import eu.jdservices.caso.accounts.AuditLog;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.directory.ImportResult;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The customer directory: CSV import and contact look-up.
 */
@RestController
@RequestMapping("/api/directory")
class DirectoryController {

	private final Directory directory;

	private final AuditLog audit;

	DirectoryController(Directory directory, AuditLog audit) {
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * Imports the CSV of CONTRACT.md. 200 when every line was imported, 422 when some
	 * lines were refused (the others are imported; each refused line is listed with its
	 * number and reason).
	 */
	@PostMapping(path = "/import", consumes = { "text/csv", "text/plain", "application/csv" })
	ResponseEntity<ImportResult> importCsv(@RequestBody String csv, Locale locale) throws IOException {
		ImportResult result = this.directory.importCsv(new StringReader(csv), locale);
		this.audit.record(AuditAction.DIRECTORY_IMPORTED, "POST /api/directory/import", "API: " + result.created()
				+ " created, " + result.updated() + " updated, " + result.errors().size() + " lines refused");
		return ResponseEntity.status(result.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(result);
	}

	@GetMapping("/contacts/{email}")
	Contact contact(@PathVariable String email) {
		return this.directory.contact(email)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No contact " + email));
	}

}
