package dev.dialtone.diagnose;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.accounts.ManagedDomain;
import dev.dialtone.zoom.client.phone.PhoneUserPage;
import dev.dialtone.zoom.client.phone.PhoneUserQuery;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;
import dev.dialtone.zoom.client.users.UserPage;
import dev.dialtone.zoom.client.users.UserQuery;
import dev.dialtone.zoom.client.users.UserStatus;
import dev.dialtone.zoom.client.users.ZoomUser;

/**
 * The only Zoom calls the command makes, all reads: managed_domains, every page of
 * {@code GET /users?status=pending} and of {@code GET /phone/users?status=deactivate}.
 * The client paces every call by the plan's rate budget; a 429, 5xx or timeout is waited
 * out (its {@code Retry-After}, else a growing pause) and tried again a few times, since
 * the client leaves retries to its callers.
 */
final class AccountReader {

	private static final int ATTEMPTS = 5;

	private final ZoomClient zoom;

	private final ProgressBar progress;

	private int requests;

	AccountReader(ZoomClient zoom, ProgressBar progress) {
		this.zoom = zoom;
		this.progress = progress;
	}

	/** Lower-cased domain to status. */
	Map<String, String> managedDomains() {
		Map<String, String> domains = new LinkedHashMap<>();
		for (ManagedDomain domain : call(() -> this.zoom.accounts().managedDomains()).domains()) {
			if (domain.domain() != null) {
				domains.put(domain.domain().toLowerCase(Locale.ROOT), String.valueOf(domain.status()));
			}
		}
		return domains;
	}

	List<ZoomUser> pendingUsers() {
		List<ZoomUser> users = new ArrayList<>();
		this.progress.start("pending users");
		UserQuery query = UserQuery.byStatus(UserStatus.PENDING);
		UserPage page;
		long total = 0;
		do {
			UserQuery current = query;
			page = call(() -> this.zoom.users().list(current));
			users.addAll(page.users());
			total = (page.totalRecords() != null) ? page.totalRecords() : 0;
			this.progress.update(users.size(), total);
			query = query.page(page.nextPageToken());
		}
		while (page.hasNext());
		this.progress.finish(users.size(), total);
		return users;
	}

	List<PhoneUserSummary> deactivatedPhoneUsers() {
		List<PhoneUserSummary> users = new ArrayList<>();
		this.progress.start("deactivated phone users");
		PhoneUserQuery query = new PhoneUserQuery(null, "deactivate", null, 100, null);
		PhoneUserPage page;
		long total = 0;
		do {
			PhoneUserQuery current = query;
			page = call(() -> this.zoom.phone().listUsers(current));
			users.addAll(page.users());
			total = (page.totalRecords() != null) ? page.totalRecords() : 0;
			this.progress.update(users.size(), total);
			query = query.page(page.nextPageToken());
		}
		while (page.hasNext());
		this.progress.finish(users.size(), total);
		return users;
	}

	/** Zoom API requests sent so far (retries included). */
	int requests() {
		return this.requests;
	}

	private <T> T call(Supplier<ZoomResponse<T>> read) {
		for (int attempt = 1;; attempt++) {
			try {
				ZoomResponse<T> response = read.get();
				this.requests += response.attempts();
				return response.body();
			}
			catch (ZoomApiException ex) {
				if (ex.kind() != ZoomErrorKind.BUDGET_EXHAUSTED) {
					this.requests += Math.max(1, ex.attempts());
				}
				if (!ex.isRetryable() || attempt == ATTEMPTS) {
					throw ex;
				}
				pause(ex.retryAfter().orElse(Duration.ofSeconds(attempt)));
			}
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(Math.min(duration.toMillis(), Duration.ofMinutes(1).toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting out Zoom's rate limit", ex);
		}
	}

}
