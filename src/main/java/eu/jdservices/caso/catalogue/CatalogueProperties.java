package eu.jdservices.caso.catalogue;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.catalogue.*}.
 *
 * @param refreshInterval how long a node keeps the catalogue it read before reading it
 * again (a change made on this node is seen at once; one made on another node within this
 * time): every new mail asks the catalogue which services it names, and none pays a query
 * for it
 */
@Validated
@ConfigurationProperties("caso.catalogue")
public record CatalogueProperties(@NotNull @DefaultValue("30s") Duration refreshInterval) {
}
