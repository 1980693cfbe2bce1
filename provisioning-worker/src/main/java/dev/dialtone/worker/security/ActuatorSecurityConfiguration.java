package dev.dialtone.worker.security;

import dev.dialtone.worker.config.WorkerProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the actuator: health, info and (unless configured otherwise) prometheus are
 * open; every other endpoint needs a bearer JWT from the configured issuer, and the
 * dead-letter re-drive needs the OPERATOR role. Without an issuer or JWK set
 * ({@code spring.security.oauth2.resourceserver.jwt.*}) there is no JwtDecoder and the
 * protected endpoints are denied, never open.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ActuatorSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, WorkerProperties properties,
			ObjectProvider<JwtDecoder> decoders) {
		WorkerProperties.Security security = properties.security();
		JwtDecoder decoder = decoders.getIfAvailable();
		http.securityMatcher(EndpointRequest.toAnyEndpoint()).authorizeHttpRequests((requests) -> {
			requests.requestMatchers(EndpointRequest.to("health", "info")).permitAll();
			if (security.publicPrometheus()) {
				requests.requestMatchers(EndpointRequest.to("prometheus")).permitAll();
			}
			if (decoder == null) {
				requests.anyRequest().denyAll();
				return;
			}
			requests.requestMatchers(EndpointRequest.to("deadletters")).hasRole(DialtoneRoles.OPERATOR);
			requests.anyRequest().hasAnyRole(DialtoneRoles.OPERATOR, DialtoneRoles.VIEWER);
		});
		// bearer tokens only: no session, no cookie, so no CSRF to guard against
		http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		if (decoder != null) {
			http.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(new DialtoneRoles(security))));
		}
		return http.build();
	}

	/** The worker serves nothing outside the actuator. */
	@Bean
	@Order(2)
	SecurityFilterChain everythingElse(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().denyAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
