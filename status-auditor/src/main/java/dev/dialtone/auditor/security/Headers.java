package dev.dialtone.auditor.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Response headers of every door: a content security policy allowing only the auditor's
 * own scripts and styles (no inline script), no framing, no MIME sniffing, no referrer
 * (the consolidation link carries its token in the path).
 */
final class Headers {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private Headers() {
	}

	static void apply(HttpSecurity http) {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(POLICY))
			.frameOptions((frame) -> frame.deny())
			.contentTypeOptions((nosniff) -> {
			})
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
	}

}
