package dev.dialtone.zoom.client.accounts;

import dev.dialtone.zoom.client.ZoomResponse;

/**
 * Account-level reads.
 */
public interface ZoomAccounts {

	/**
	 * {@code GET /accounts/me/managed_domains}: the account's associated domains and
	 * their status.
	 * @return the domains
	 */
	ZoomResponse<ManagedDomains> managedDomains();

}
