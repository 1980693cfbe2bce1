package dev.dialtone.auditor.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * Adds the roles of a signed-in person's groups claim (ID token and user info) to the
 * authorities Spring Security derived from the sign-in.
 */
final class ClaimAuthoritiesMapper implements GrantedAuthoritiesMapper {

	private final GroupRoles roles;

	ClaimAuthoritiesMapper(GroupRoles roles) {
		this.roles = roles;
	}

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		List<GrantedAuthority> mapped = new ArrayList<>(authorities);
		for (GrantedAuthority authority : authorities) {
			if (authority instanceof OAuth2UserAuthority user) {
				this.roles.authorities(user.getAttributes())
					.stream()
					.filter((role) -> !mapped.contains(role))
					.forEach(mapped::add);
			}
		}
		return mapped;
	}

}
