package eu.jdservices.caso.accounts;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what: the REST API with HTTP Basic or a personal API token
 * ({@code Authorization: Bearer}; 401 without credentials, 403 without the role); the
 * OpenAPI document is public. The actuator: health and its probes public (the details
 * only for administrators, who may sign in with HTTP Basic or a token there), everything
 * else of it for administrators. The public pages need no sign-in. Everything else is the
 * agents' console: form login at {@code /login} (then the second factor, when the agent
 * has one), CSRF, and a strict Content-Security-Policy; its {@code /admin} pages are for
 * administrators only. Failed sign-ins are throttled everywhere ({@link SignInLocks}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The console loads nothing from elsewhere and runs no inline script or style. */
	static final String CONSOLE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, BearerTokenFilter tokens) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole(Roles.ADMIN))
			.httpBasic((basic) -> basic.authenticationDetailsSource(ThrottledSignIn.BasicDetails::new))
			.addFilterBefore(tokens, BasicAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, BearerTokenFilter tokens) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/v3/api-docs/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/directory/import", "/api/contracts/import")
				.hasRole(Roles.ADMIN)
				.anyRequest()
				.hasAnyRole(Roles.AGENT, Roles.TEAM_LEAD, Roles.ADMIN))
			.httpBasic((basic) -> basic.authenticationDetailsSource(ThrottledSignIn.BasicDetails::new))
			.addFilterBefore(tokens, BasicAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * The public pages (no sign-in, no session): each module's pages for customers and
	 * anyone else. Add a page's path here; it gets the console's Content-Security-Policy.
	 */
	static final String[] PUBLIC_PAGES = { "/verify", "/guidelines", "/kb", "/kb/**", "/status", "/status/**" };

	@Bean
	@Order(2)
	SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
		http.securityMatcher(PUBLIC_PAGES)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			// no session to ride on: the one form that posts (a suggestion's answer) is
			// signed
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONSOLE_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain everythingElse(HttpSecurity http, SecondFactorSignIn secondFactor) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/login/**", "/webjars/**", "/css/**", "/js/**", "/error")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Roles.ADMIN)
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(secondFactor)
				.failureHandler((request, response,
						failure) -> response.sendRedirect(request.getContextPath()
								+ ((failure instanceof LockedException) ? "/login?locked" : "/login?error")))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONSOLE_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	BearerTokenFilter bearerTokens(ApiTokens tokens, UserDetailsService accounts, SignInLocks locks) {
		return new BearerTokenFilter(tokens, accounts, locks);
	}

	/**
	 * Keeps the token filter out of the servlet container's own filters: it belongs to
	 * two chains only.
	 */
	@Bean
	FilterRegistrationBean<BearerTokenFilter> bearerTokensNotInTheServletChain(BearerTokenFilter filter) {
		FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	AuthenticationProvider throttledSignIn(UserDetailsService accounts, PasswordEncoder encoder, SignInLocks locks,
			TwoFactor twoFactor, AuditLog audit) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		return new ThrottledSignIn(passwords, locks, twoFactor, audit);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService agentAccounts(AgentStore agents) {
		return (username) -> agents.find(username.trim().toLowerCase(java.util.Locale.ROOT))
			.map((agent) -> User.withUsername(agent.email())
				.password(agent.passwordHash())
				.disabled(!agent.enabled())
				.authorities(List.of(new SimpleGrantedAuthority("ROLE_" + agent.role())))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
