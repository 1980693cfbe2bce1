package dev.dialtone.zoom.client.auth;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

import dev.dialtone.zoom.client.ZoomApiException;

/**
 * Caches the Server-to-Server OAuth token and renews it before expiry. Renewal is
 * single-flight: however many threads need a token at once, one request goes to the token
 * endpoint and the others wait for its result. Internal to the client.
 */
public final class AccessTokenProvider {

	private final TokenEndpoint endpoint;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile AccessToken current;

	public AccessTokenProvider(TokenEndpoint endpoint, Clock clock) {
		this.endpoint = endpoint;
		this.clock = clock;
	}

	/**
	 * @return a token valid for at least the renewal margin
	 * @throws ZoomApiException when the token endpoint refuses or cannot be reached
	 */
	public String token() {
		AccessToken token = this.current;
		if (token != null && token.isFresh(this.clock.instant())) {
			return token.value();
		}
		this.lock.lock();
		try {
			token = this.current;
			if (token == null || !token.isFresh(this.clock.instant())) {
				token = this.endpoint.fetch();
				this.current = token;
			}
			return token.value();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Forgets a token Zoom rejected, unless another thread already replaced it (so a
	 * burst of 401s renews once).
	 * @param rejected the token value Zoom answered 401 / code 124 to
	 */
	public void invalidate(String rejected) {
		this.lock.lock();
		try {
			AccessToken token = this.current;
			if (token != null && token.value().equals(rejected)) {
				this.current = null;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

}
