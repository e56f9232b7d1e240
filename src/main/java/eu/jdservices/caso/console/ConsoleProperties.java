package eu.jdservices.caso.console;

import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the agents' console ({@code caso.console.*}).
 *
 * @param zone the time zone in which the console shows times
 */
@ConfigurationProperties("caso.console")
@Validated
record ConsoleProperties(@NotNull @DefaultValue("Europe/Madrid") ZoneId zone) {
}
