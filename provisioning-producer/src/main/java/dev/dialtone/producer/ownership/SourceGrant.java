package dev.dialtone.producer.ownership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an authenticated source may do: which event types it may send and whether it may
 * act on employees another source introduced. Carried as Spring Security authorities
 * ({@code event:HIRE}, …, {@code employees:any}) so every door expresses it the same way.
 *
 * @param source the authenticated source name (the events' {@code sourceSystem})
 * @param eventTypes the types it may send
 * @param anyEmployee whether it may act on any employee, not only those it introduced
 */
public record SourceGrant(String source, Set<String> eventTypes, boolean anyEmployee) {

	/** Authority every authenticated source holds; the events API requires it. */
	public static final String SOURCE = "source";

	static final String EVENT_PREFIX = "event:";

	static final String ANY_EMPLOYEE = "employees:any";

	public SourceGrant {
		eventTypes = Set.copyOf(eventTypes);
	}

	public List<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(SOURCE));
		this.eventTypes.forEach((type) -> authorities.add(new SimpleGrantedAuthority(EVENT_PREFIX + type)));
		if (this.anyEmployee) {
			authorities.add(new SimpleGrantedAuthority(ANY_EMPLOYEE));
		}
		return authorities;
	}

	public static SourceGrant of(Authentication authentication) {
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		Set<String> types = authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(EVENT_PREFIX))
			.map((authority) -> authority.substring(EVENT_PREFIX.length()))
			.collect(Collectors.toUnmodifiableSet());
		boolean any = authorities.stream().anyMatch((authority) -> ANY_EMPLOYEE.equals(authority.getAuthority()));
		return new SourceGrant(authentication.getName(), types, any);
	}

}
