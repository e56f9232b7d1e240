package eu.jdservices.caso.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.jdservices.caso.catalogue.Catalogue;
import eu.jdservices.caso.catalogue.Service;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service catalogue: create or change a service by its key, list them.
 */
@RestController
@RequestMapping("/api/services")
class ServiceController {

	private final Catalogue catalogue;

	ServiceController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	record NewService(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String key,
			@NotBlank @Size(max = 200) String name, List<@Size(max = 200) String> keywords,
			@Size(max = 100) String team) {
	}

	/** Creates the service, or changes the one with its key; answers it as saved. */
	@PostMapping
	Service save(@Valid @RequestBody NewService service) {
		return this.catalogue.save(new Service(service.key(), service.name(),
				(service.keywords() != null) ? service.keywords() : List.of(), service.team()));
	}

	@GetMapping
	List<Service> list() {
		return this.catalogue.services();
	}

}
