package eu.jdservices.caso.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test of the console as an agent's browser sees it (MockMvc): every such test class
 * shares one application context on an in-memory H2 database with the test administrator.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:console;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.data-dir=target/test-data/console-${random.uuid}", "caso.intake.smtp.port=0",
		"caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret",
		// the console's tests open many cases from one customer address: no loop guard
		// here
		"caso.cases.automatic-mails-per-sender-per-hour=100000",
		// the receiving MTA whose Authentication-Results the case view's tests write
		"caso.intake.authentication.authserv-id=mx.jd-services.eu" })
@AutoConfigureMockMvc
public @interface ConsoleTest {

}
