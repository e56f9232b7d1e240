package eu.jdservices.caso.accounts;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (console form and HTTP Basic) with throttling: a locked account or
 * client address is refused before its password is even checked, every wrong password
 * counts towards a lock and is audited, a right one clears the account's count (with
 * two-factor sign-in: only once the code is right too, {@link SecondFactorSignIn}). An
 * account with two-factor sign-in cannot use HTTP Basic (a password alone would bypass
 * the second factor): scripts use a personal API token.
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInLocks locks;

	private final TwoFactor twoFactor;

	private final AuditLog audit;

	ThrottledSignIn(DaoAuthenticationProvider passwords, SignInLocks locks, TwoFactor twoFactor, AuditLog audit) {
		this.passwords = passwords;
		this.locks = locks;
		this.twoFactor = twoFactor;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String account = SignInLocks.normalized(authentication.getName());
		String client = client(authentication);
		boolean basic = authentication.getDetails() instanceof BasicDetails;
		Optional<OffsetDateTime> locked = this.locks.lockedUntil(account, client);
		if (locked.isPresent()) {
			throw new LockedException("Too many failed sign-ins: refused until " + locked.get());
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.locks.failed(account, client);
			this.audit.recordAs(account, AuditAction.SIGN_IN_FAILED, account,
					basic ? "wrong password (HTTP Basic)" : "wrong password");
			throw ex;
		}
		if (this.twoFactor.enabled(account)) {
			if (basic) {
				throw new InsufficientAuthenticationException(
						"This account signs in with two factors: use a personal API token (Authorization: Bearer)");
			}
			// the failures are forgotten only once the second factor is right too: a
			// right
			// password must not reset the count of wrong codes
			return result;
		}
		this.locks.succeeded(account);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String client(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	/** The details of an HTTP Basic sign-in, told apart from the console form's. */
	static final class BasicDetails extends WebAuthenticationDetails {

		BasicDetails(HttpServletRequest request) {
			super(request);
		}

	}

}
