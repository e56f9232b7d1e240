package eu.jdservices.caso.directory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.directory.*}.
 *
 * @param importFile a directory CSV imported at every start (idempotent); env
 * {@code CASO_DIRECTORY_IMPORT}
 * @param vies the optional check of organisations' VAT IDs with VIES
 */
@Validated
@ConfigurationProperties("caso.directory")
public record DirectoryProperties(Path importFile, @Valid @NotNull @DefaultValue Vies vies) {

	/**
	 * {@code caso.directory.vies.*}.
	 *
	 * @param endpoint the URL of VIES's REST {@code check-vat-number} operation
	 * ({@code https://ec.europa.eu/taxation_customs/vies/rest-api/check-vat-number});
	 * unset: VIES is never asked and a VAT ID whose format and check digits are right
	 * counts as valid, "not confirmed"
	 * @param requesterVatId the provider's own VAT ID, sent so that VIES gives a
	 * consultation number
	 * @param timeout how long to wait for VIES's answer
	 */
	public record Vies(URI endpoint, String requesterVatId, @NotNull @DefaultValue("5s") Duration timeout) {

		/** The provider's own VAT ID, read. */
		public Optional<VatIds.VatId> requester() {
			return (this.requesterVatId == null || this.requesterVatId.isBlank()) ? Optional.empty()
					: VatIds.read(null, this.requesterVatId).id();
		}

		@AssertTrue(message = "caso.directory.vies.requester-vat-id is not a valid EU VAT ID with its prefix")
		public boolean isRequesterValid() {
			return this.requesterVatId == null || this.requesterVatId.isBlank() || requester().isPresent();
		}

	}

}
