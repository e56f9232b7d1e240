package eu.jdservices.caso.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class against the local PostgreSQL server when there is one; skips it with
 * a visible message when there is none, or fails when PostgreSQL is required
 * ({@code caso.test.require-postgres=true}, as in CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfPostgres.Condition.class)
public @interface EnabledIfPostgres {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Postgres.available()) {
				return ConditionEvaluationResult.enabled("PostgreSQL at " + Postgres.url());
			}
			if (Postgres.required()) {
				throw new IllegalStateException("PostgreSQL is required for this run (caso.test.require-postgres=true)"
						+ " but cannot be reached at " + Postgres.HOST_URL + ": " + Postgres.problem());
			}
			String message = "SKIPPED: no PostgreSQL server at " + Postgres.HOST_URL + " (" + Postgres.problem()
					+ "); the PostgreSQL runs of " + context.getDisplayName() + " did not run";
			System.out.println("[caso] " + message);
			return ConditionEvaluationResult.disabled(message);
		}

	}

}
