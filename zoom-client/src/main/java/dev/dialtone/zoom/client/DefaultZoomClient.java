package dev.dialtone.zoom.client;

import java.net.http.HttpClient;
import java.time.Clock;

import dev.dialtone.zoom.client.accounts.HttpZoomAccounts;
import dev.dialtone.zoom.client.accounts.ZoomAccounts;
import dev.dialtone.zoom.client.auth.AccessTokenProvider;
import dev.dialtone.zoom.client.auth.TokenEndpoint;
import dev.dialtone.zoom.client.http.ZoomHttp;
import dev.dialtone.zoom.client.http.ZoomJson;
import dev.dialtone.zoom.client.phone.HttpZoomPhone;
import dev.dialtone.zoom.client.phone.ZoomPhone;
import dev.dialtone.zoom.client.ratelimit.RateBudget;
import dev.dialtone.zoom.client.ratelimit.RateLimiter;
import dev.dialtone.zoom.client.users.HttpZoomUsers;
import dev.dialtone.zoom.client.users.ZoomUsers;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires one pooled JDK {@link HttpClient}, the token provider and the rate limiter into
 * the feature APIs.
 */
final class DefaultZoomClient implements ZoomClient {

	private final ZoomUsers users;

	private final ZoomPhone phone;

	private final ZoomAccounts accounts;

	private final RateLimiter limiter;

	private DefaultZoomClient(ZoomHttp http, RateLimiter limiter) {
		this.users = new HttpZoomUsers(http);
		this.phone = new HttpZoomPhone(http);
		this.accounts = new HttpZoomAccounts(http);
		this.limiter = limiter;
	}

	static ZoomClient create(ZoomClientProperties properties, MeterRegistry registry) {
		Clock clock = Clock.systemUTC();
		// HTTP/1.1 keeps the pool simple and predictable; the JDK client reuses
		// keep-alive connections per host
		HttpClient httpClient = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JsonMapper json = ZoomJson.mapper();
		TokenEndpoint tokenEndpoint = new TokenEndpoint(httpClient, json, properties.oauthUrl(), properties.accountId(),
				properties.clientId(), properties.clientSecret(), properties.readTimeout(), clock, registry);
		RateLimiter limiter = new RateLimiter(properties.accountRates(), properties.share(), properties.maxPermitWait(),
				registry);
		ZoomHttp http = new ZoomHttp(httpClient, json, properties.apiBaseUrl(),
				new AccessTokenProvider(tokenEndpoint, clock), limiter, properties.readTimeout(), clock, registry);
		return new DefaultZoomClient(http, limiter);
	}

	@Override
	public ZoomUsers users() {
		return this.users;
	}

	@Override
	public ZoomPhone phone() {
		return this.phone;
	}

	@Override
	public ZoomAccounts accounts() {
		return this.accounts;
	}

	@Override
	public RateBudget rateBudget() {
		return this.limiter;
	}

	@Override
	public void close() {
		// Java 17's HttpClient has no close(); its selector thread ends once the client
		// is unreachable
	}

}
