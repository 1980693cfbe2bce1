package dev.dialtone.auditor.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Roles from the identity provider's groups claim, mapped by configuration: OPERATOR
 * (which includes VIEWER) for operator groups, VIEWER for viewer groups, nothing
 * otherwise. One mapping for ID tokens (page) and access tokens (API).
 */
final class GroupRoles {

	static final String VIEWER = "VIEWER";

	static final String OPERATOR = "OPERATOR";

	private final String[] claimPath;

	private final Set<String> viewerGroups;

	private final Set<String> operatorGroups;

	GroupRoles(String claim, Set<String> viewerGroups, Set<String> operatorGroups) {
		this.claimPath = claim.split("\\.");
		this.viewerGroups = Set.copyOf(viewerGroups);
		this.operatorGroups = Set.copyOf(operatorGroups);
	}

	/** The roles the claims grant, as {@code ROLE_*} authorities. */
	List<GrantedAuthority> authorities(Map<String, Object> claims) {
		Collection<String> groups = groups(claims);
		Set<String> roles = new LinkedHashSet<>();
		if (groups.stream().anyMatch(this.operatorGroups::contains)) {
			roles.add(OPERATOR);
			roles.add(VIEWER);
		}
		if (groups.stream().anyMatch(this.viewerGroups::contains)) {
			roles.add(VIEWER);
		}
		return roles.stream().<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

	private Collection<String> groups(Map<String, Object> claims) {
		Object value = claims;
		for (String part : this.claimPath) {
			if (!(value instanceof Map<?, ?> map)) {
				return List.of();
			}
			value = map.get(part);
		}
		List<String> groups = new ArrayList<>();
		if (value instanceof Collection<?> list) {
			list.forEach((group) -> groups.add(String.valueOf(group)));
		}
		else if (value instanceof String text) {
			groups.addAll(List.of(text.split("[\\s,]+")));
		}
		return groups;
	}

}
