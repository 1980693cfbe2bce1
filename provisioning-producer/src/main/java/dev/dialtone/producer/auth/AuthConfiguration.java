package dev.dialtone.producer.auth;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.dialtone.producer.config.ProducerProperties;
import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.ownership.SourceGrant;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The producer's doors, one {@link SecurityFilterChain} each: the events API (source
 * systems, bearer or HMAC), SCIM (the directory's token), the actuator (health and
 * Prometheus open, details and metrics for the operator token), the OpenAPI documents
 * (open on purpose), and everything else denied. A door whose credentials are not
 * configured is denied to everyone, never open.
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

	static final String SCIM = "scim";

	static final String OPERATOR = "operator";

	@Bean
	SourceAuthenticator sourceAuthenticator(ProducerProperties properties, Clock clock) {
		return new SourceAuthenticator(properties.sources(), properties.replayWindow(), clock);
	}

	@Bean
	SourceAuthenticationProvider sourceAuthenticationProvider(SourceAuthenticator authenticator) {
		return new SourceAuthenticationProvider(authenticator);
	}

	/**
	 * Spring Security's strict firewall, stricter still: no path the producer serves
	 * needs percent-encoding, so any encoded character (the {@code /%73cim} trick) is
	 * refused like path parameters ({@code ;}) are, with 400, before any chain is chosen.
	 */
	@Bean
	WebSecurityCustomizer firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.getEncodedUrlBlocklist().add("%");
		return (web) -> web.httpFirewall(firewall).requestRejectedHandler(new HttpStatusRequestRejectedHandler());
	}

	@Bean
	@Order(1)
	SecurityFilterChain eventsApi(HttpSecurity http, SourceAuthenticationProvider provider, IntakeMetrics metrics,
			JsonMapper json) throws Exception {
		SourceAuthenticationFilter filter = new SourceAuthenticationFilter(new ProviderManager(provider), metrics,
				json);
		return stateless(http.securityMatcher("/api/v1/**")).addFilterBefore(filter, AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAuthority(SourceGrant.SOURCE))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						(request, response, ex) -> json(response, 401, "{\"error\":\"unauthorized\"}"))
				.accessDeniedHandler((request, response, ex) -> json(response, 403, "{\"error\":\"forbidden\"}")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain scim(HttpSecurity http, ProducerProperties properties) throws Exception {
		stateless(http.securityMatcher("/scim/v2/**"));
		if (properties.hasScimToken()) {
			List<GrantedAuthority> authorities = new ArrayList<>(
					new SourceGrant(SCIM, ProducerProperties.SOURCE_EVENT_TYPES, properties.scimActOnAnyEmployee())
						.authorities());
			authorities.add(new SimpleGrantedAuthority(SCIM));
			http.addFilterBefore(new TokenAuthenticationFilter(properties.scimBearerToken(), SCIM, authorities),
					AuthorizationFilter.class)
				.authorizeHttpRequests((requests) -> requests.anyRequest().hasAuthority(SCIM));
		}
		else {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().denyAll());
		}
		return http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dialtone-scim\"");
			scimError(response, 401, "A valid bearer token is required");
		}).accessDeniedHandler((request, response, ex) -> scimError(response, 403, "Not allowed"))).build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain actuator(HttpSecurity http, ProducerProperties properties) throws Exception {
		stateless(http.securityMatcher("/actuator/**"));
		if (properties.hasOperatorToken()) {
			http.addFilterBefore(new TokenAuthenticationFilter(properties.operatorToken(), OPERATOR,
					List.of(new SimpleGrantedAuthority(OPERATOR))), AuthorizationFilter.class);
		}
		// health answers everyone with its status only (details need the operator token:
		// show-details when-authorized); Prometheus is for the scraper, on the network
		// the deployment restricts
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
				.permitAll()
				.anyRequest()
				.hasAuthority(OPERATOR))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						(request, response, ex) -> json(response, 401, "{\"error\":\"unauthorized\"}"))
				.accessDeniedHandler((request, response, ex) -> json(response, 403, "{\"error\":\"forbidden\"}")))
			.build();
	}

	/** The API description is part of the integrators' contract, so it is open. */
	@Bean
	@Order(4)
	SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
		return stateless(
				http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.build();
	}

	@Bean
	@Order(5)
	SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
		return stateless(http).authorizeHttpRequests((requests) -> requests.anyRequest().denyAll())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> json(response, 404, "{\"error\":\"not_found\"}")))
			.build();
	}

	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		// machine-to-machine doors with no cookies: nothing for CSRF to forge, no session
		return http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.disable());
	}

	private static void json(HttpServletResponse response, int status, String body) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.getWriter().write(body);
	}

	private static void scimError(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/scim+json");
		response.getWriter()
			.write("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"" + status
					+ "\",\"detail\":\"" + detail + "\"}");
	}

}
