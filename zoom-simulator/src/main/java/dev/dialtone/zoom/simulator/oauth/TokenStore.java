package dev.dialtone.zoom.simulator.oauth;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * Issued access tokens, their expiry and the scopes each was issued with; several tokens
 * may be valid at once, as with Zoom.
 */
@Component
public class TokenStore implements Seedable {

	private static final int PURGE_THRESHOLD = 10_000;

	private final Map<String, Issued> issued = new ConcurrentHashMap<>();

	@Override
	public void apply(Seed seed) {
		this.issued.clear();
	}

	String issue(long lifetimeSeconds, Collection<String> scopes) {
		if (this.issued.size() > PURGE_THRESHOLD) {
			long now = System.currentTimeMillis();
			this.issued.values().removeIf((token) -> token.expiry() < now);
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String token = "sim." + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())
				+ Long.toHexString(random.nextLong());
		this.issued.put(token, new Issued(System.currentTimeMillis() + lifetimeSeconds * 1000, Set.copyOf(scopes)));
		return token;
	}

	public TokenState check(String token) {
		Issued entry = (token != null) ? this.issued.get(token) : null;
		if (entry == null) {
			return TokenState.INVALID;
		}
		return (System.currentTimeMillis() < entry.expiry()) ? TokenState.VALID : TokenState.EXPIRED;
	}

	/**
	 * @return the scopes {@code token} was issued with (empty for an unknown token)
	 */
	public Set<String> scopesOf(String token) {
		Issued entry = (token != null) ? this.issued.get(token) : null;
		return (entry != null) ? entry.scopes() : Set.of();
	}

	/** Makes every issued token expired, so a test can watch a client renew. */
	public int expireAll() {
		long past = System.currentTimeMillis() - 1;
		this.issued.replaceAll((token, entry) -> new Issued(past, entry.scopes()));
		return this.issued.size();
	}

	public enum TokenState {

		VALID, EXPIRED, INVALID

	}

	private record Issued(long expiry, Set<String> scopes) {
	}

}
