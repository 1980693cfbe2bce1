package dev.dialtone.producer.auth;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A source system's request as Spring Security sees it: before authentication the
 * presented headers (and the body, read only for a signature), afterwards the source's
 * name and its grants as authorities.
 */
final class SourceAuthentication extends AbstractAuthenticationToken {

	private final transient RequestCredentials credentials;

	private final String source;

	private SourceAuthentication(RequestCredentials credentials, String source,
			Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.credentials = credentials;
		this.source = source;
		setAuthenticated(source != null);
	}

	static SourceAuthentication unauthenticated(RequestCredentials credentials) {
		return new SourceAuthentication(credentials, null, List.of());
	}

	static SourceAuthentication authenticated(String source, Collection<? extends GrantedAuthority> authorities) {
		return new SourceAuthentication(null, source, authorities);
	}

	RequestCredentials presented() {
		return this.credentials;
	}

	/** Secrets never stay on an authenticated token. */
	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.source;
	}

	@Override
	public String getName() {
		return (this.source != null) ? this.source : "unauthenticated";
	}

}
