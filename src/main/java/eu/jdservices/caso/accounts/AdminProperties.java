package eu.jdservices.caso.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code caso.admin.*} (env {@code CASO_ADMIN_EMAIL}, {@code CASO_ADMIN_PASSWORD}): the
 * first administrator, created on first start when no administrator exists.
 *
 * @param email the administrator's sign-in address
 * @param password the password; when empty a random one is generated and printed once in
 * the log
 */
@ConfigurationProperties("caso.admin")
public record AdminProperties(@DefaultValue("admin@jd-services.eu") String email, String password) {
}
