package eu.jdservices.caso.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import eu.jdservices.caso.accounts.AuditAction;
import eu.jdservices.caso.accounts.AuditLog;
import eu.jdservices.caso.directory.ChangeContact;
import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.ContactRefused;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.directory.ImportResult;
import eu.jdservices.caso.directory.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators browse the customer directory, correct a contact and import the
 * directory CSV, seeing every refused line with its number and reason.
 */
@Controller
class DirectoryAdmin {

	private final Directory directory;

	private final AuditLog audit;

	DirectoryAdmin(Directory directory, AuditLog audit) {
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping("/admin/directory")
	String organizations(Model model) {
		model.addAttribute("organizations", this.directory.organizations());
		return "admin/directory";
	}

	@PostMapping("/admin/directory/import")
	String importCsv(@RequestParam(required = false) MultipartFile file, Locale locale, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("failed", "console.directory.import.no-file");
			return "redirect:/admin/directory";
		}
		ImportResult result;
		try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			result = this.directory.importCsv(csv, locale);
		}
		this.audit.record(AuditAction.DIRECTORY_IMPORTED, file.getOriginalFilename(), "console: " + result.created()
				+ " created, " + result.updated() + " updated, " + result.errors().size() + " lines refused");
		redirect.addFlashAttribute("imported", result);
		redirect.addFlashAttribute("file", file.getOriginalFilename());
		return "redirect:/admin/directory";
	}

	@GetMapping("/admin/directory/{organization}")
	String contacts(@PathVariable String organization, Model model) {
		List<Contact> contacts = this.directory.contactsOf(organization);
		if (contacts.isEmpty()
				&& this.directory.organizations().stream().noneMatch((known) -> known.name().equals(organization))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("organization", organization);
		model.addAttribute("contacts", contacts);
		return "admin/organization";
	}

	@GetMapping("/admin/directory/{organization}/{email}")
	String edit(@PathVariable String organization, @PathVariable String email, Model model) {
		Contact contact = contact(organization, email);
		return edit(contact,
				new ChangeContact(contact.name(), contact.roles().stream().map(Role::code).sorted().toList(),
						contact.managerEmail(), contact.language(), contact.phone(), contact.sharedMailbox(),
						contact.acceptsEnglish()),
				null, model);
	}

	@PostMapping("/admin/directory/{organization}/{email}")
	String change(@PathVariable String organization, @PathVariable String email,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> roles,
			@RequestParam(defaultValue = "") String managerEmail, @RequestParam(defaultValue = "") String language,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "false") boolean sharedMailbox,
			@RequestParam(defaultValue = "false") boolean acceptsEnglish, Locale locale, Model model,
			RedirectAttributes redirect) {
		Contact contact = contact(organization, email);
		ChangeContact change = new ChangeContact(name, roles, managerEmail, language, phone, sharedMailbox,
				acceptsEnglish);
		try {
			this.directory.changeContact(contact.email(), change, locale);
		}
		catch (ContactRefused ex) {
			return edit(contact, change, ex.getMessage(), model);
		}
		redirect.addFlashAttribute("done", "console.directory.contact.changed");
		redirect.addAttribute("organization", organization);
		return "redirect:/admin/directory/{organization}";
	}

	private String edit(Contact contact, ChangeContact form, String error, Model model) {
		model.addAttribute("contact", contact);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("roleCodes", Arrays.stream(Role.values()).map(Role::code).toList());
		return "admin/contact";
	}

	private Contact contact(String organization, String email) {
		return this.directory.contact(email)
			.filter((contact) -> Objects.equals(contact.organization(), organization))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
