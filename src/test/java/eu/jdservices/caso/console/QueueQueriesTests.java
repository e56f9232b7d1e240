package eu.jdservices.caso.console;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import eu.jdservices.caso.cases.CaseActions;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.ConsoleBrowser;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A page of the case queue costs a fixed number of SQL statements, whatever its size: the
 * cases' contacts, findings, links and due times are read for the whole page at once (it
 * used to be four queries per case).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:queue-queries;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.data-dir=target/test-data/queue-queries", "caso.intake.smtp.port=0",
		"caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret",
		"caso.cases.automatic-mails-per-sender-per-hour=100000" })
@AutoConfigureMockMvc
@Import(QueueQueriesTests.Counting.class)
class QueueQueriesTests {

	static final AtomicInteger statements = new AtomicInteger();

	static volatile Thread counted;

	@Autowired
	MockMvc mvc;

	@Autowired
	SmtpIntake intake;

	@Autowired
	CaseActions actions;

	@Test
	void aQueuePageTakesTheSameStatementsForFiveCasesAsForFifty() throws Exception {
		for (int i = 0; i < 50; i++) {
			String messageId = TestMails.newMessageId();
			SmtpDialogue.send(this.intake.port(), "cliente" + i + "@otra-empresa.test",
					TestMails.mail(messageId, "cliente" + i + "@otra-empresa.test", List.of("c@jd-services.eu"),
							List.of("copia" + i + "@otra-empresa.test"), "Impresora " + i + " sin tóner",
							"La impresora de la sala " + i + " no imprime."),
					"c@jd-services.eu");
		}
		ConsoleBrowser browser = new ConsoleBrowser(this.mvc);
		MockHttpSession session = browser.signIn();
		await().until(() -> browser.page(get("/cases?size=50"), session).contains("Impresora 0 sin tóner"));
		this.actions.link(1001, 1002, eu.jdservices.caso.cases.LinkType.RELATED, "admin@jd-services.eu");

		int five = statementsFor(browser, session, "/cases?size=5");
		int fifty = statementsFor(browser, session, "/cases?size=50");

		System.out.printf("[caso] statements for a queue page: %d with 5 cases, %d with 50%n", five, fifty);
		assertThat(fifty).isEqualTo(five);
		assertThat(fifty).isLessThanOrEqualTo(7);
	}

	private static int statementsFor(ConsoleBrowser browser, MockHttpSession session, String page) throws Exception {
		browser.page(get(page), session);
		counted = Thread.currentThread();
		statements.set(0);
		browser.page(get(page), session);
		counted = null;
		return statements.get();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		/** Counts every statement prepared on the application's connections. */
		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource dataSource)) {
						return bean;
					}
					return Proxy.newProxyInstance(DataSource.class.getClassLoader(),
							new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
								Object result = method.invoke(dataSource, args);
								return (result instanceof Connection connection) ? counting(connection) : result;
							});
				}
			};
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (Object proxy, Method method, Object[] args) -> {
				boolean statement = method.getName().equals("prepareStatement")
						|| method.getName().equals("createStatement");
				// MockMvc serves the page on the test's own thread; the outbox and timer
				// threads poll meanwhile
				if (statement && Thread.currentThread() == counted) {
					statements.incrementAndGet();
				}
				return method.invoke(connection, args);
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

	}

}
