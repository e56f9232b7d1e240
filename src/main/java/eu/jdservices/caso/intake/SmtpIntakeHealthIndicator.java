package eu.jdservices.caso.intake;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code smtpIntake} (part of readiness): DOWN when the SMTP listener is enabled
 * ({@code caso.intake.smtp.enabled}) but does not accept connections.
 */
@Component
class SmtpIntakeHealthIndicator implements HealthIndicator {

	private final SmtpIntake intake;

	private final IntakeProperties.Smtp properties;

	SmtpIntakeHealthIndicator(SmtpIntake intake, IntakeProperties properties) {
		this.intake = intake;
		this.properties = properties.smtp();
	}

	@Override
	public Health health() {
		if (!this.intake.enabled()) {
			return Health.up().withDetail("enabled", false).build();
		}
		boolean listening = this.intake.listening();
		Health.Builder health = listening ? Health.up() : Health.down();
		return health.withDetail("host", this.properties.host())
			.withDetail("port", listening ? this.intake.port() : this.properties.port())
			.build();
	}

}
