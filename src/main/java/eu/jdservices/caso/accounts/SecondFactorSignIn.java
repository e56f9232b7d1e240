package eu.jdservices.caso.accounts;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The console's sign-in after the password was right: an agent with two-factor sign-in is
 * not signed in yet but asked for a code ({@code /login/code}); an administrator who must
 * use it and has not set it up sets it up first ({@code /login/two-factor}). Until then
 * the session holds the pending sign-in (for five minutes, five wrong codes at most, each
 * counted as a failed sign-in) and gives access to nothing.
 */
@Component
public class SecondFactorSignIn implements AuthenticationSuccessHandler {

	static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";

	static final Duration VALID_FOR = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 5;

	private final TwoFactor twoFactor;

	private final SignInLocks locks;

	private final AuditLog audit;

	private final Clock clock;

	private final boolean requiredForAdmins;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SavedRequestAwareAuthenticationSuccessHandler toConsole = new SavedRequestAwareAuthenticationSuccessHandler();

	SecondFactorSignIn(TwoFactor twoFactor, SignInLocks locks, AuditLog audit, Clock clock,
			AdminProperties properties) {
		this.twoFactor = twoFactor;
		this.locks = locks;
		this.audit = audit;
		this.clock = clock;
		this.requiredForAdmins = properties.twoFactor().requiredForAdmins();
		this.toConsole.setDefaultTargetUrl("/cases");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		String email = authentication.getName();
		boolean enabled = this.twoFactor.enabled(email);
		boolean mustEnrol = !enabled && this.requiredForAdmins
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
		if (!enabled && !mustEnrol) {
			this.audit.recordAs(email, AuditAction.SIGN_IN, email, "password");
			this.toConsole.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		SecurityContextHolder.clearContext();
		this.contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		request.getSession().setAttribute(PENDING, new Pending(authentication, this.clock.instant(), 0, mustEnrol));
		response.sendRedirect(request.getContextPath() + (mustEnrol ? "/login/two-factor" : "/login/code"));
	}

	/** The account whose sign-in waits for its second factor, if any. */
	public Optional<String> pendingAccount(HttpServletRequest request) {
		return pending(request).map((pending) -> pending.authentication().getName());
	}

	/** Whether the pending sign-in must first set up two-factor sign-in. */
	public boolean mustEnrol(HttpServletRequest request) {
		return pending(request).map(Pending::enrol).orElse(false);
	}

	/** The secret an administrator sets up during sign-in (started on first call). */
	public Optional<TwoFactor.Enrolment> enrolment(HttpServletRequest request) {
		return pending(request).filter(Pending::enrol)
			.map((pending) -> this.twoFactor.pending(pending.authentication().getName())
				.orElseGet(() -> this.twoFactor.start(pending.authentication().getName())));
	}

	/**
	 * Completes a pending sign-in with a time-based or recovery code.
	 */
	public Outcome complete(HttpServletRequest request, HttpServletResponse response, String code) {
		Optional<Pending> pending = pending(request);
		if (pending.isEmpty() || pending.get().enrol()) {
			return Outcome.NOTHING_PENDING;
		}
		String email = pending.get().authentication().getName();
		TwoFactor.Check check = this.twoFactor.check(email, code);
		if (check == TwoFactor.Check.WRONG) {
			return wrong(request, pending.get());
		}
		signIn(request, response, pending.get(), (check == TwoFactor.Check.RECOVERY_CODE) ? "recovery code" : "TOTP");
		return Outcome.SIGNED_IN;
	}

	/**
	 * Completes a pending sign-in that had to set up two-factor sign-in first, with the
	 * first code of the new secret.
	 * @return the recovery codes to show once; empty when the code is wrong or nothing is
	 * pending
	 */
	public Optional<List<String>> completeEnrolment(HttpServletRequest request, HttpServletResponse response,
			String code) {
		Optional<Pending> pending = pending(request).filter(Pending::enrol);
		if (pending.isEmpty()) {
			return Optional.empty();
		}
		Optional<List<String>> codes = this.twoFactor.confirm(pending.get().authentication().getName(), code);
		if (codes.isEmpty()) {
			wrong(request, pending.get());
			return Optional.empty();
		}
		signIn(request, response, pending.get(), "TOTP, just set up");
		return codes;
	}

	private Outcome wrong(HttpServletRequest request, Pending pending) {
		String email = pending.authentication().getName();
		this.locks.failed(email, request.getRemoteAddr());
		this.audit.recordAs(email, AuditAction.SIGN_IN_FAILED, email, "wrong second factor");
		Pending next = new Pending(pending.authentication(), pending.since(), pending.attempts() + 1, pending.enrol());
		HttpSession session = request.getSession();
		if (next.attempts() >= MAX_ATTEMPTS) {
			session.removeAttribute(PENDING);
			return Outcome.TOO_MANY_ATTEMPTS;
		}
		session.setAttribute(PENDING, next);
		return Outcome.WRONG_CODE;
	}

	private void signIn(HttpServletRequest request, HttpServletResponse response, Pending pending, String how) {
		request.getSession().removeAttribute(PENDING);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(pending.authentication());
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.locks.succeeded(pending.authentication().getName());
		this.audit.recordAs(pending.authentication().getName(), AuditAction.SIGN_IN, pending.authentication().getName(),
				"password and " + how);
	}

	private Optional<Pending> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (pending.since().plus(VALID_FOR).isBefore(this.clock.instant())) {
			session.removeAttribute(PENDING);
			return Optional.empty();
		}
		return Optional.of(pending);
	}

	/** How completing a pending sign-in went. */
	public enum Outcome {

		/** Signed in. */
		SIGNED_IN,
		/** The code was wrong; another try is allowed. */
		WRONG_CODE,
		/** Too many wrong codes: back to the password. */
		TOO_MANY_ATTEMPTS,
		/** No sign-in waits for a code (expired or never started). */
		NOTHING_PENDING

	}

	private record Pending(Authentication authentication, Instant since, int attempts,
			boolean enrol) implements Serializable {
	}

}
