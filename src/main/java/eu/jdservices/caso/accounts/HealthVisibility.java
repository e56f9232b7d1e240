package eu.jdservices.caso.accounts;

import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointProperties;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code GET /actuator/health} tells anyone the status and nothing else
 * ({@code {"status":"UP"}}); administrators also see the components with their details
 * and the names of the health groups, which Spring Boot would otherwise list to everyone.
 */
@Configuration(proxyBeanMethods = false)
class HealthVisibility {

	@Bean
	HealthEndpointWebExtension healthEndpointWebExtension(HealthContributorRegistry registry,
			ObjectProvider<ReactiveHealthContributorRegistry> reactiveRegistry, HealthEndpointGroups groups,
			HealthEndpointProperties properties) {
		return new GroupsOnlyWithComponents(registry, reactiveRegistry.getIfAvailable(), groups,
				properties.getLogging().getSlowIndicatorThreshold());
	}

	/** Lists the health groups only to those who may see the components. */
	static class GroupsOnlyWithComponents extends HealthEndpointWebExtension {

		GroupsOnlyWithComponents(HealthContributorRegistry registry, ReactiveHealthContributorRegistry reactiveRegistry,
				HealthEndpointGroups groups, java.time.Duration slowContributorLoggingThreshold) {
			super(registry, reactiveRegistry, groups, slowContributorLoggingThreshold);
		}

		@Override
		protected HealthDescriptor aggregateDescriptors(ApiVersion apiVersion,
				Map<String, HealthDescriptor> contributions, StatusAggregator statusAggregator, boolean showComponents,
				Set<String> groupNames) {
			return super.aggregateDescriptors(apiVersion, contributions, statusAggregator, showComponents,
					showComponents ? groupNames : null);
		}

	}

}
