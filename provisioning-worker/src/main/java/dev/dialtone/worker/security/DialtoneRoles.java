package dev.dialtone.worker.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.dialtone.worker.config.WorkerProperties;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps the groups in a JWT's roles claim to Dialtone's roles, as configured under
 * {@code dialtone.worker.security}: an operator group gives OPERATOR (and VIEWER), a
 * viewer group VIEWER; any other group gives nothing.
 */
final class DialtoneRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	static final String OPERATOR = "OPERATOR";

	static final String VIEWER = "VIEWER";

	private final WorkerProperties.Security security;

	DialtoneRoles(WorkerProperties.Security security) {
		this.security = security;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		return new JwtAuthenticationToken(jwt, roles(groups(jwt)), jwt.getSubject());
	}

	Collection<GrantedAuthority> roles(Collection<String> groups) {
		Set<GrantedAuthority> roles = new LinkedHashSet<>();
		if (groups.stream().anyMatch(this.security.operatorGroups()::contains)) {
			roles.add(new SimpleGrantedAuthority("ROLE_" + OPERATOR));
			roles.add(new SimpleGrantedAuthority("ROLE_" + VIEWER));
		}
		if (groups.stream().anyMatch(this.security.viewerGroups()::contains)) {
			roles.add(new SimpleGrantedAuthority("ROLE_" + VIEWER));
		}
		return roles;
	}

	private List<String> groups(Jwt jwt) {
		Object claim = jwt.getClaims().get(this.security.rolesClaim());
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String value) {
			return List.of(value.split("[\\s,]+"));
		}
		return List.of();
	}

}
