package dev.dialtone.zoom.client.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answer of {@code GET /accounts/me/managed_domains}.
 *
 * @param totalRecords number of domains
 * @param domains the domains
 */
public record ManagedDomains(Integer totalRecords, List<ManagedDomain> domains) {

	public ManagedDomains {
		domains = (domains != null) ? List.copyOf(domains) : List.of();
	}

	/**
	 * @param domain a domain name (case-insensitive)
	 * @return the entry for that domain, if the account lists it
	 */
	public Optional<ManagedDomain> find(String domain) {
		String wanted = domain.toLowerCase(Locale.ROOT);
		return this.domains.stream()
			.filter((d) -> d.domain() != null && d.domain().toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

	/**
	 * @param email an email address
	 * @return whether its domain is listed and verified
	 */
	public boolean isVerifiedFor(String email) {
		int at = email.lastIndexOf('@');
		return at >= 0 && find(email.substring(at + 1)).map(ManagedDomain::isVerified).orElse(false);
	}

}
