package eu.jdservices.caso.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API and the actuator: a personal API token
 * signs the request in as its agent (with the agent's role, while the account is
 * enabled). An unknown or revoked token is answered 401 and counts as a failed sign-in of
 * the client address.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final UserDetailsService accounts;

	private final SignInLocks locks;

	BearerTokenFilter(ApiTokens tokens, UserDetailsService accounts, SignInLocks locks) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.locks = locks;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String client = request.getRemoteAddr();
		if (this.locks.lockedUntil(null, client).isPresent()) {
			refuse(response, "too many failed sign-ins from this address; try again later");
			return;
		}
		Optional<UserDetails> agent = this.tokens.agentOf(header.substring(7).strip()).flatMap(this::account);
		if (agent.isEmpty()) {
			this.locks.failed(null, client);
			refuse(response, "unknown or revoked token");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(agent.get(), null, agent.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<UserDetails> account(String email) {
		try {
			return Optional.of(this.accounts.loadUserByUsername(email)).filter(UserDetails::isEnabled);
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

	private static void refuse(HttpServletResponse response, String why) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"" + why + "\"");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED, why);
	}

}
