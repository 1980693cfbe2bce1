package dev.dialtone.zoom.simulator.oauth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * Issued access tokens and their expiry; several tokens may be valid at once, as with
 * Zoom.
 */
@Component
public class TokenStore implements Seedable {

	private static final int PURGE_THRESHOLD = 10_000;

	private final Map<String, Long> expiries = new ConcurrentHashMap<>();

	@Override
	public void apply(Seed seed) {
		this.expiries.clear();
	}

	String issue(long lifetimeSeconds) {
		if (this.expiries.size() > PURGE_THRESHOLD) {
			long now = System.currentTimeMillis();
			this.expiries.values().removeIf((expiry) -> expiry < now);
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String token = "sim." + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())
				+ Long.toHexString(random.nextLong());
		this.expiries.put(token, System.currentTimeMillis() + lifetimeSeconds * 1000);
		return token;
	}

	public TokenState check(String token) {
		Long expiry = (token != null) ? this.expiries.get(token) : null;
		if (expiry == null) {
			return TokenState.INVALID;
		}
		return (System.currentTimeMillis() < expiry) ? TokenState.VALID : TokenState.EXPIRED;
	}

	/** Makes every issued token expired, so a test can watch a client renew. */
	public int expireAll() {
		long past = System.currentTimeMillis() - 1;
		this.expiries.replaceAll((token, expiry) -> past);
		return this.expiries.size();
	}

	public enum TokenState {

		VALID, EXPIRED, INVALID

	}

}
