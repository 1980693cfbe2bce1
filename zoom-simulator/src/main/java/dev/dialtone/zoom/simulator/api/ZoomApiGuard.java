package dev.dialtone.zoom.simulator.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import dev.dialtone.zoom.simulator.oauth.TokenStore;
import dev.dialtone.zoom.simulator.oauth.TokenStore.TokenState;
import dev.dialtone.zoom.simulator.ratelimit.LockKeys;
import dev.dialtone.zoom.simulator.ratelimit.RateLimiter;
import dev.dialtone.zoom.simulator.ratelimit.Verdict;
import dev.dialtone.zoom.simulator.seed.Behaviour;
import dev.dialtone.zoom.simulator.seed.CurrentSeed;
import dev.dialtone.zoom.simulator.users.UserStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * What Zoom checks before an operation runs: the bearer token, the account's rate limits,
 * and lock keys.
 */
@Component
class ZoomApiGuard {

	private static final String NO_LOCK = "";

	private static final ZoomApiException INVALID_TOKEN = new ZoomApiException(401, 124, "Invalid access token.");

	private static final ZoomApiException EXPIRED_TOKEN = new ZoomApiException(401, 124, "Access token is expired.");

	private static final String CONCURRENT_DELETE = "Too many concurrent requests. "
			+ "A request to disassociate this user has already been made.";

	private final TokenStore tokens;

	private final RateLimiter limiter;

	private final LockKeys locks;

	private final UserStore users;

	private final CurrentSeed seed;

	ZoomApiGuard(TokenStore tokens, RateLimiter limiter, LockKeys locks, UserStore users, CurrentSeed seed) {
		this.tokens = tokens;
		this.limiter = limiter;
		this.locks = locks;
		this.users = users;
		this.seed = seed;
	}

	/**
	 * Admits the request or writes Zoom's refusal. Returns null when refused, otherwise
	 * the lock key it now holds ("" for none), to be given back to {@link #release} when
	 * the request is done.
	 */
	String admit(HttpServletRequest request, HttpServletResponse response, Route route) throws IOException {
		boolean unsimulatedApiPath = route == null && request.getRequestURI().startsWith("/v2/");
		if (!unsimulatedApiPath && (route == null || !route.authenticated())) {
			return NO_LOCK;
		}
		// Zoom checks the token before it looks at the path: a bogus token gets 401/124
		// on every /v2 path, served or not
		String bearer = bearer(request.getHeader("Authorization"));
		TokenState token = this.tokens.check(bearer);
		if (token != TokenState.VALID) {
			ZoomResponses.error(response, (token == TokenState.EXPIRED) ? EXPIRED_TOKEN : INVALID_TOKEN);
			return null;
		}
		if (route == null) {
			return NO_LOCK;
		}
		// the scope check belongs to authorisation: a refused call uses no rate budget
		ZoomApiException missingScope = missingScope(bearer, route);
		if (missingScope != null) {
			ZoomResponses.error(response, missingScope);
			return null;
		}
		Verdict verdict = this.limiter.acquire(route);
		verdict.headers().forEach(response::setHeader);
		if (!verdict.allowed()) {
			ZoomResponses.error(response, new ZoomApiException(429, 429, verdict.message(), null, verdict.headers()));
			return null;
		}
		String lockKey = lockKey(request, route);
		if (lockKey == null) {
			return NO_LOCK;
		}
		if (!this.locks.tryLock(lockKey)) {
			ZoomResponses.error(response,
					new ZoomApiException(429, 429, CONCURRENT_DELETE, null, Map.of("Retry-After", "1")));
			return null;
		}
		return lockKey;
	}

	/**
	 * Zoom's refusal when the token holds none of the scopes the endpoint accepts, else
	 * null. By default a token keeps the scopes it was issued with; the behaviour switch
	 * makes grants reach tokens already issued.
	 */
	private ZoomApiException missingScope(String bearer, Route route) {
		RequiredScopes.EndpointScopes required = RequiredScopes.of(route.key());
		if (required == null) {
			return null;
		}
		Behaviour behaviour = this.seed.get().behaviour();
		Collection<String> held = behaviour.scopeChangesReachIssuedTokens() ? this.seed.get().credentials().scopes()
				: this.tokens.scopesOf(bearer);
		if (required.accepted().stream().anyMatch(held::contains)) {
			return null;
		}
		Behaviour.ErrorChoice choice = behaviour.missingScope();
		return new ZoomApiException(choice.status(), choice.code(),
				choice.message(String.join(", ", required.named())));
	}

	void release(String lockKey) {
		if (lockKey != null && !lockKey.isEmpty()) {
			this.locks.unlock(lockKey);
		}
	}

	/**
	 * One DELETE per user at a time, whether the path names the user by id or by email.
	 */
	private String lockKey(HttpServletRequest request, Route route) {
		if (!Routes.DELETE_USER.equals(route.key()) || !this.seed.get().behaviour().deleteLockKey()) {
			return null;
		}
		String ref = UriUtils.decode(request.getRequestURI().substring("/v2/users/".length()), StandardCharsets.UTF_8);
		return "delete:" + this.users.canonicalKey(ref);
	}

	private static String bearer(String header) {
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return header.substring(7).trim();
	}

}
