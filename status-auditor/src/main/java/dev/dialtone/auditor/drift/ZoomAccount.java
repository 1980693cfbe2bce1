package dev.dialtone.auditor.drift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.accounts.ManagedDomain;
import dev.dialtone.zoom.client.phone.PhoneUserPage;
import dev.dialtone.zoom.client.phone.PhoneUserQuery;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;
import dev.dialtone.zoom.client.users.UserPage;
import dev.dialtone.zoom.client.users.UserQuery;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * Reads the whole Zoom account for a drift check: every user (active, inactive, pending;
 * all pages), every Zoom Phone user (all pages) and the managed domains. Only reads; the
 * shared client's rate limiter keeps it within the auditor's budget.
 */
class ZoomAccount {

	private static final List<UserStatus> STATUSES = List.of(UserStatus.ACTIVE, UserStatus.INACTIVE,
			UserStatus.PENDING);

	private final ZoomClient client;

	ZoomAccount(ZoomClient client) {
		this.client = client;
	}

	/**
	 * What the account holds right now.
	 *
	 * @param users every user
	 * @param phoneUsers phone users by Zoom user id
	 * @param managedDomains lower-cased managed domains
	 * @param calls Zoom calls the read took
	 */
	record Snapshot(List<ZoomUser> users, Map<String, PhoneUserSummary> phoneUsers, List<String> managedDomains,
			int calls) {
	}

	Snapshot read() {
		int calls = 0;
		List<ZoomUser> users = new ArrayList<>();
		for (UserStatus status : STATUSES) {
			UserQuery query = UserQuery.byStatus(status);
			while (true) {
				UserPage page = this.client.users().list(query).body();
				calls++;
				users.addAll(page.users());
				if (!page.hasNext()) {
					break;
				}
				query = query.page(page.nextPageToken());
			}
		}
		Map<String, PhoneUserSummary> phoneUsers = new HashMap<>();
		PhoneUserQuery query = PhoneUserQuery.all();
		while (true) {
			PhoneUserPage page = this.client.phone().listUsers(query).body();
			calls++;
			page.users().forEach((user) -> phoneUsers.put(user.id(), user));
			if (!page.hasNext()) {
				break;
			}
			query = query.page(page.nextPageToken());
		}
		List<String> domains = new ArrayList<>();
		for (ManagedDomain domain : this.client.accounts().managedDomains().body().domains()) {
			if (domain.domain() != null) {
				domains.add(domain.domain().toLowerCase(Locale.ROOT));
			}
		}
		calls++;
		return new Snapshot(users, phoneUsers, domains, calls);
	}

}
