package dev.dialtone.zoom.client;

import dev.dialtone.zoom.client.accounts.ZoomAccounts;
import dev.dialtone.zoom.client.phone.ZoomPhone;
import dev.dialtone.zoom.client.ratelimit.RateBudget;
import dev.dialtone.zoom.client.users.ZoomUsers;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Typed client for the parts of Zoom's REST API that Dialtone uses, shared by the worker
 * and the auditor.
 * <p>
 * Every operation returns a {@link ZoomResponse} (status, tracking id, duration,
 * attempts) or throws a {@link ZoomApiException}. The client renews OAuth tokens itself
 * (one retry on 401 / code 124) but never retries 429s or 5xx: callers own the retry
 * policy. Each call first takes a permit from the {@link #rateBudget() rate budget},
 * blocking at most {@code max-permit-wait}. Instances are thread-safe and meant to be
 * shared.
 */
public interface ZoomClient extends AutoCloseable {

	/** Users API: create, read, list, update, status, delete, email check. */
	ZoomUsers users();

	/** Zoom Phone API: phone users, calling plans, numbers, sites. */
	ZoomPhone phone();

	/** Account-level reads (managed domains). */
	ZoomAccounts accounts();

	/** This instance's share of the account's rate budget, adjustable at run time. */
	RateBudget rateBudget();

	/** Releases the HTTP client's resources; calls made afterwards fail. */
	@Override
	void close();

	/**
	 * Creates a client from plain settings (no Spring needed).
	 * @param properties connection, credential and plan settings
	 * @param meterRegistry where call, limiter and share metrics go
	 * @return a thread-safe client
	 */
	static ZoomClient create(ZoomClientProperties properties, MeterRegistry meterRegistry) {
		return DefaultZoomClient.create(properties, meterRegistry);
	}

}
