package dev.dialtone.auditor.zoom;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.accounts.ManagedDomain;
import dev.dialtone.zoom.client.users.DeleteAction;

/**
 * {@link ZoomDirectory} over the shared typed {@link ZoomClient}.
 */
class ZoomClientDirectory implements ZoomDirectory {

	private final ZoomClient client;

	ZoomClientDirectory(ZoomClient client) {
		this.client = client;
	}

	@Override
	public Optional<ZoomUser> user(String userIdOrEmail) {
		return this.client.users()
			.find(userIdOrEmail)
			.body()
			.map((user) -> new ZoomUser(user.id(), user.email(), user.status().name().toLowerCase(Locale.ROOT),
					user.loginTypes()));
	}

	@Override
	public Map<String, String> managedDomains() {
		Map<String, String> domains = new LinkedHashMap<>();
		for (ManagedDomain domain : this.client.accounts().managedDomains().body().domains()) {
			if (domain.domain() != null) {
				domains.put(domain.domain().toLowerCase(Locale.ROOT), String.valueOf(domain.status()));
			}
		}
		return domains;
	}

	@Override
	public void disassociate(String userId) {
		try {
			this.client.users().delete(userId, DeleteAction.DISASSOCIATE);
		}
		catch (ZoomApiException ex) {
			if (!ex.isNotFound()) {
				throw ex;
			}
		}
	}

}
