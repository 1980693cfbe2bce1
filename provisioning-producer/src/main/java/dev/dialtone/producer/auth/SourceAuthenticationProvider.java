package dev.dialtone.producer.auth;

import dev.dialtone.producer.config.ProducerProperties.Source;
import dev.dialtone.producer.ownership.SourceGrant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Checks a source's bearer token or HMAC signature and grants what its configuration
 * allows (event types, act on any employee or only on those it introduced).
 */
class SourceAuthenticationProvider implements AuthenticationProvider {

	private final SourceAuthenticator authenticator;

	SourceAuthenticationProvider(SourceAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		RequestCredentials presented = ((SourceAuthentication) authentication).presented();
		String name = this.authenticator.authenticate(presented);
		Source source = this.authenticator.source(name);
		SourceGrant grant = new SourceGrant(name, source.eventTypes(), source.actOnAnyEmployee());
		return SourceAuthentication.authenticated(name, grant.authorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return SourceAuthentication.class.isAssignableFrom(authentication);
	}

}
