package dev.dialtone.auditor.security;

import java.time.Clock;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.webhook.ZoomSignature;
import dev.dialtone.auditor.webhook.ZoomWebhookFilter;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * One security filter chain per door: Zoom webhooks (HMAC, no session, no CSRF), the
 * person's consolidation link (its token, CSRF), actuator (health and prometheus open,
 * the rest OPERATOR), the HTTP API (bearer JWTs or the page's session with CSRF) and the
 * helpdesk page (OpenID Connect sign-in). A door whose credentials are not configured
 * refuses everyone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DoorsConfiguration {

	private static final String[] WEBHOOK_PATHS = { "/zoom/webhooks", "/webhooks/zoom" };

	@Bean
	GroupRoles groupRoles(AuditorProperties properties) {
		AuditorProperties.Security security = properties.security();
		return new GroupRoles(security.groupsClaim(), security.viewerGroups(), security.operatorGroups());
	}

	@Bean
	@Order(1)
	SecurityFilterChain webhookDoor(HttpSecurity http, ZoomSignature signature, AuditorProperties properties,
			AuditorMetrics metrics, Clock clock) {
		AuditorProperties.Webhook webhook = properties.webhook();
		Headers.apply(http);
		http.securityMatcher(WEBHOOK_PATHS)
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.addFilterBefore(new ZoomWebhookFilter(signature, webhook.maxBodySize().toBytes(), webhook.maxSkew(),
					metrics, clock), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, WEBHOOK_PATHS)
				.hasAuthority(ZoomWebhookFilter.AUTHORITY)
				.anyRequest()
				.denyAll())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consolidationDoor(HttpSecurity http) {
		Headers.apply(http);
		http.securityMatcher("/consolidated/**")
			// the link's unguessable token is the credential; the confirm form carries a
			// CSRF token in a cookie-backed, session-less double submit
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/consolidated/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/consolidated/*")
				.permitAll()
				.anyRequest()
				.denyAll())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain actuatorDoor(HttpSecurity http, ObjectProvider<JwtDecoder> jwt, GroupRoles roles) {
		Headers.apply(http);
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				.ignoringRequestMatchers(Bearer::present))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health", "prometheus"))
				.permitAll()
				.anyRequest()
				.hasRole(GroupRoles.OPERATOR))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		bearer(http, jwt, roles);
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain apiDoor(HttpSecurity http, ObjectProvider<JwtDecoder> jwt, GroupRoles roles) {
		Headers.apply(http);
		http.securityMatcher("/api/**")
			.requestCache(AbstractHttpConfigurer::disable)
			// a bearer token cannot ride along a cross-site request; the page's session
			// can, so it needs the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN
			.csrf((csrf) -> csrf.spa().ignoringRequestMatchers(Bearer::present))
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/v1/**")
				.hasRole(GroupRoles.VIEWER)
				.requestMatchers(HttpMethod.POST, "/api/v1/anomalies/*/recheck", "/api/v1/anomalies/*/redrive",
						"/api/v1/sweeps", "/api/v1/bulk/*", "/api/v1/drift/check")
				.hasRole(GroupRoles.OPERATOR)
				.anyRequest()
				.denyAll())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		bearer(http, jwt, roles);
		return http.build();
	}

	@Bean
	@Order(5)
	SecurityFilterChain pageDoor(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients,
			GroupRoles roles) {
		Headers.apply(http);
		http.csrf((csrf) -> csrf.spa())
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/", "/index.html", "/auditor.js", "/auditor.css")
				.hasRole(GroupRoles.VIEWER)
				.anyRequest()
				.denyAll());
		if (clients.getIfAvailable() != null) {
			http.oauth2Login((login) -> login
				.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(new ClaimAuthoritiesMapper(roles))));
		}
		else {
			// no OpenID provider configured: nobody can sign in, so everyone is refused
			http.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		}
		return http.build();
	}

	private static void bearer(HttpSecurity http, ObjectProvider<JwtDecoder> jwt, GroupRoles roles) {
		JwtDecoder decoder = jwt.getIfAvailable();
		if (decoder == null) {
			return;
		}
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter((token) -> roles.authorities(token.getClaims()));
		http.oauth2ResourceServer((server) -> server
			.jwt((jwtConfig) -> jwtConfig.decoder(decoder).jwtAuthenticationConverter(converter)));
	}

}
