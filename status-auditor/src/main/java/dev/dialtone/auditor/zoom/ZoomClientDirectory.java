package dev.dialtone.auditor.zoom;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.client.accounts.ManagedDomain;
import dev.dialtone.zoom.client.users.DeleteAction;

/**
 * {@link ZoomDirectory} over the shared typed {@link ZoomClient}. A call refused for a
 * missing scope is reported to {@link MissingScopes} and still thrown, so the caller
 * fails as it would for any refusal and the admin learns which scope to add.
 */
class ZoomClientDirectory implements ZoomDirectory {

	private final ZoomClient client;

	private final MissingScopes scopes;

	ZoomClientDirectory(ZoomClient client, MissingScopes scopes) {
		this.client = client;
		this.scopes = scopes;
	}

	@Override
	public Optional<ZoomUser> user(String userIdOrEmail) {
		return watched(ZoomEndpoint.GET_USER, () -> this.client.users().find(userIdOrEmail).body())
			.map((user) -> new ZoomUser(user.id(), user.email(), user.status().name().toLowerCase(Locale.ROOT),
					user.loginTypes()));
	}

	@Override
	public Map<String, String> managedDomains() {
		Map<String, String> domains = new LinkedHashMap<>();
		for (ManagedDomain domain : watched(ZoomEndpoint.MANAGED_DOMAINS,
				() -> this.client.accounts().managedDomains().body())
			.domains()) {
			if (domain.domain() != null) {
				domains.put(domain.domain().toLowerCase(Locale.ROOT), String.valueOf(domain.status()));
			}
		}
		return domains;
	}

	@Override
	public void disassociate(String userId) {
		try {
			watched(ZoomEndpoint.DELETE_USER, () -> this.client.users().delete(userId, DeleteAction.DISASSOCIATE));
		}
		catch (ZoomApiException ex) {
			if (!ex.isNotFound()) {
				throw ex;
			}
		}
	}

	private <T> T watched(ZoomEndpoint endpoint, Supplier<T> call) {
		try {
			T result = call.get();
			this.scopes.succeeded(endpoint);
			return result;
		}
		catch (ZoomApiException ex) {
			if (ex.isMissingScope()) {
				this.scopes.refused(ex);
			}
			throw ex;
		}
	}

}
