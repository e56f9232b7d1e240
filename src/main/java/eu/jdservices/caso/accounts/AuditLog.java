package eu.jdservices.caso.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of administrators' actions (agents, roles, teams, directory imports,
 * tokens, two-factor) and of sign-ins, for administrators to read. The actor is the
 * signed-in agent ({@code caso} without one), the client the request's address.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action of the signed-in agent. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String target, String detail) {
		recordAs(actor(), action, target, detail);
	}

	/** Records an action of a given actor (sign-ins, where nobody is signed in yet). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String actor, AuditAction action, String target, String detail) {
		this.jdbc.sql("""
				INSERT INTO accounts_audit (at, actor, action, target, detail, client)
				VALUES (:at, :actor, :action, :target, :detail, :client)""")
			.param("at", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("actor", limit(actor, 320))
			.param("action", action.name())
			.param("target", limit(target, 1000))
			.param("detail", limit(detail, 2000))
			.param("client", limit(client(), 100))
			.update();
	}

	/** The newest entries, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> newest(int limit) {
		return this.jdbc
			.sql("SELECT at, actor, action, target, detail, client FROM accounts_audit ORDER BY at DESC, id DESC "
					+ "LIMIT :limit")
			.param("limit", limit)
			.query((rs, row) -> new AuditEntry(rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
					AuditAction.valueOf(rs.getString("action")), rs.getString("target"), rs.getString("detail"),
					rs.getString("client")))
			.list();
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) ? authentication.getName() : "caso";
	}

	/** The address of the client of the current request, if any. */
	static String client() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String limit(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}
