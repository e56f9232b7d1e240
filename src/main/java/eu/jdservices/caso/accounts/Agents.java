package eu.jdservices.caso.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.validator.routines.EmailValidator;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administers agent accounts and teams: passwords are kept only as hashes, and the last
 * enabled administrator always stays one.
 */
@Service
public class Agents {

	/** The shortest password accepted. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	private static final EmailValidator EMAILS = EmailValidator.getInstance(false, true);

	private final AgentStore store;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	Agents(AgentStore store, PasswordEncoder encoder, AuditLog audit) {
		this.store = store;
		this.encoder = encoder;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<AgentAccount> list() {
		return this.store.accounts();
	}

	@Transactional(readOnly = true)
	public Optional<AgentAccount> find(String email) {
		return this.store.account(normalized(email));
	}

	/**
	 * Creates an account.
	 * @throws AccountRefused when an input breaks a rule
	 */
	@Transactional
	public void create(NewAgent agent) {
		List<AccountRefused.Problem> problems = new ArrayList<>();
		String email = normalized(agent.email());
		if (!EMAILS.isValid(email)) {
			problems.add(new AccountRefused.Problem("email", "console.agents.error.email-invalid"));
		}
		else if (this.store.find(email).isPresent()) {
			problems.add(new AccountRefused.Problem("email", "console.agents.error.email-taken"));
		}
		checkName(agent.name(), problems);
		checkPassword(agent.password(), problems);
		checkRole(agent.role(), problems);
		Optional<Long> team = team(agent.team(), problems);
		refuseIfAny(problems);
		this.store.insert(new AgentStore.Agent(email, agent.name().strip(), this.encoder.encode(agent.password()),
				agent.role(), true), team.orElse(null));
		this.audit.record(AuditAction.AGENT_CREATED, email, "role " + agent.role()
				+ ((agent.team() != null && !agent.team().isBlank()) ? ", team " + agent.team() : ""));
	}

	/**
	 * Changes an account.
	 * @return false when there is no such account
	 * @throws AccountRefused when an input breaks a rule, or the change would leave no
	 * enabled administrator
	 */
	@Transactional
	public boolean change(String email, ChangeAgent change) {
		Optional<AgentAccount> current = this.store.account(normalized(email));
		if (current.isEmpty()) {
			return false;
		}
		List<AccountRefused.Problem> problems = new ArrayList<>();
		checkName(change.name(), problems);
		checkRole(change.role(), problems);
		Optional<Long> team = team(change.team(), problems);
		AgentAccount agent = current.get();
		boolean stopsBeingAdmin = agent.role().equals(Roles.ADMIN) && agent.enabled()
				&& (!Roles.ADMIN.equals(change.role()) || !change.enabled());
		if (stopsBeingAdmin && this.store.lockEnabledAdmins().size() <= 1) {
			problems.add(new AccountRefused.Problem("role", "console.agents.error.last-admin"));
		}
		refuseIfAny(problems);
		this.store.update(agent.email(), change.name().strip(), change.role(), team.orElse(null), change.enabled());
		this.audit.record(AuditAction.AGENT_CHANGED, agent.email(),
				"role " + agent.role() + " → " + change.role() + ", team " + Objects.toString(agent.team(), "-") + " → "
						+ (change.team().isBlank() ? "-" : change.team()) + ", enabled " + agent.enabled() + " → "
						+ change.enabled());
		return true;
	}

	/**
	 * Sets a new password.
	 * @return false when there is no such account
	 * @throws AccountRefused when the password is too short
	 */
	@Transactional
	public boolean resetPassword(String email, String password) {
		Optional<AgentAccount> agent = this.store.account(normalized(email));
		if (agent.isEmpty()) {
			return false;
		}
		List<AccountRefused.Problem> problems = new ArrayList<>();
		checkPassword(password, problems);
		refuseIfAny(problems);
		this.store.updatePassword(agent.get().email(), this.encoder.encode(password));
		this.audit.record(AuditAction.PASSWORD_RESET, agent.get().email(), null);
		return true;
	}

	@Transactional(readOnly = true)
	public List<Team> teams() {
		return this.store.teams();
	}

	/**
	 * Creates a team.
	 * @throws AccountRefused when the name is empty, too long or taken
	 */
	@Transactional
	public void createTeam(String name) {
		String checked = checkedTeamName(name, null);
		this.store.insertTeam(checked);
		this.audit.record(AuditAction.TEAM_CREATED, checked, null);
	}

	/**
	 * Renames a team.
	 * @return false when there is no such team
	 * @throws AccountRefused when the name is empty, too long or taken
	 */
	@Transactional
	public boolean renameTeam(long id, String name) {
		String checked = checkedTeamName(name, id);
		boolean renamed = this.store.renameTeam(id, checked) > 0;
		if (renamed) {
			this.audit.record(AuditAction.TEAM_RENAMED, checked, "team " + id);
		}
		return renamed;
	}

	private String checkedTeamName(String name, Long id) {
		String stripped = (name != null) ? name.strip() : "";
		List<AccountRefused.Problem> problems = new ArrayList<>();
		if (stripped.isEmpty() || stripped.length() > 100) {
			problems.add(new AccountRefused.Problem("name", "console.teams.error.name-invalid"));
		}
		else if (this.store.teamId(stripped).filter((existing) -> !existing.equals(id)).isPresent()) {
			problems.add(new AccountRefused.Problem("name", "console.teams.error.name-taken"));
		}
		refuseIfAny(problems);
		return stripped;
	}

	private static void checkName(String name, List<AccountRefused.Problem> problems) {
		if (name == null || name.isBlank() || name.strip().length() > 255) {
			problems.add(new AccountRefused.Problem("name", "console.agents.error.name-invalid"));
		}
	}

	private static void checkPassword(String password, List<AccountRefused.Problem> problems) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			problems.add(new AccountRefused.Problem("password", "console.agents.error.password-short"));
		}
	}

	private static void checkRole(String role, List<AccountRefused.Problem> problems) {
		if (!Roles.ALL.contains(role)) {
			problems.add(new AccountRefused.Problem("role", "console.agents.error.role-invalid"));
		}
	}

	private Optional<Long> team(String name, List<AccountRefused.Problem> problems) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		Optional<Long> id = this.store.teamId(name.strip());
		if (id.isEmpty()) {
			problems.add(new AccountRefused.Problem("team", "console.agents.error.team-unknown"));
		}
		return id;
	}

	private static void refuseIfAny(List<AccountRefused.Problem> problems) {
		if (!problems.isEmpty()) {
			throw new AccountRefused(problems);
		}
	}

	private static String normalized(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : "";
	}

}
