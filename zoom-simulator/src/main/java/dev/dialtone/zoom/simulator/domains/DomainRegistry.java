package dev.dialtone.zoom.simulator.domains;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * The account's managed (associated) domains and their status; only {@code verified}
 * counts as approved.
 */
@Component
public class DomainRegistry implements Seedable {

	public static final String VERIFIED = "verified";

	private final Map<String, String> domains = new LinkedHashMap<>();

	@Override
	public synchronized void apply(Seed seed) {
		this.domains.clear();
		seed.domains().forEach((d) -> this.domains.put(d.domain().toLowerCase(Locale.ROOT), d.status()));
	}

	public synchronized boolean isVerified(String domain) {
		return VERIFIED.equalsIgnoreCase(this.domains.get(domain.toLowerCase(Locale.ROOT)));
	}

	public synchronized void setStatus(String domain, String status) {
		this.domains.put(domain.toLowerCase(Locale.ROOT), status);
	}

	public synchronized boolean remove(String domain) {
		return this.domains.remove(domain.toLowerCase(Locale.ROOT)) != null;
	}

	public synchronized Map<String, String> all() {
		return new LinkedHashMap<>(this.domains);
	}

	public static String domainOf(String email) {
		int at = email.lastIndexOf('@');
		return (at >= 0) ? email.substring(at + 1).toLowerCase(Locale.ROOT) : "";
	}

}
