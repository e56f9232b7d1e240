package eu.jdservices.caso.accounts;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.admin.*} (env {@code CASO_ADMIN_EMAIL}, {@code CASO_ADMIN_PASSWORD}): the
 * first administrator, created on first start when no administrator exists, and how
 * agents sign in.
 *
 * @param email the administrator's sign-in address
 * @param password the password; when empty a random one is generated and printed once in
 * the log
 * @param signIn throttling and temporary lock-out of repeated failed sign-ins
 * @param twoFactor two-factor sign-in (TOTP)
 */
@Validated
@ConfigurationProperties("caso.admin")
public record AdminProperties(@DefaultValue("admin@jd-services.eu") String email, String password,
		@Valid @NotNull @DefaultValue SignIn signIn, @Valid @NotNull @DefaultValue TwoFactor twoFactor) {

	/**
	 * OWASP ASVS 2.2.1: after {@code accountFailures} failed sign-ins of one account, or
	 * {@code clientFailures} of one client address, within {@code window}, further
	 * sign-ins of that account or from that address are refused for {@code lock} (even
	 * with the right password); administrators see the locks and can lift them.
	 *
	 * @param accountFailures failures of one account that lock it
	 * @param clientFailures failures from one client address that lock it out
	 * @param window the time within which failures count together
	 * @param lock how long a lock lasts
	 */
	public record SignIn(@Min(1) @DefaultValue("5") int accountFailures, @Min(1) @DefaultValue("20") int clientFailures,
			@NotNull @DefaultValue("15m") Duration window, @NotNull @DefaultValue("15m") Duration lock) {
	}

	/**
	 * @param requiredForAdmins administrators must use two-factor sign-in: one without it
	 * sets it up at the next sign-in before anything else
	 * @param issuer the name authenticator apps show for Caso's codes
	 */
	public record TwoFactor(@DefaultValue("false") boolean requiredForAdmins,
			@NotBlank @DefaultValue("Caso") String issuer) {
	}

}
