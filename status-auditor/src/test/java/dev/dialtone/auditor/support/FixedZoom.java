package dev.dialtone.auditor.support;

import java.util.Map;
import java.util.Optional;

import dev.dialtone.auditor.zoom.ZoomDirectory;

/**
 * The Zoom port with fixed answers, for plain unit tests; null domains means Zoom is
 * unreachable.
 */
public final class FixedZoom implements ZoomDirectory {

	private final Map<String, String> domains;

	private final Optional<ZoomUser> user;

	private int domainReads;

	public FixedZoom(Map<String, String> domains, Optional<ZoomUser> user) {
		this.domains = domains;
		this.user = user;
	}

	/** How often managed_domains was read. */
	public int domainReads() {
		return this.domainReads;
	}

	@Override
	public Optional<ZoomUser> user(String userIdOrEmail) {
		return this.user;
	}

	@Override
	public Map<String, String> managedDomains() {
		this.domainReads++;
		if (this.domains == null) {
			throw new IllegalStateException("Zoom unreachable");
		}
		return this.domains;
	}

	@Override
	public void disassociate(String userId) {
	}

}
