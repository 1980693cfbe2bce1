package dev.dialtone.zoom.simulator.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.zoom.simulator.seed.CurrentSeed;
import dev.dialtone.zoom.simulator.seed.Seed;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Server-to-Server OAuth: {@code POST /oauth/token} with Basic client credentials and
 * {@code grant_type=account_credentials&account_id=...} as form body or query parameters.
 * Errors use the OAuth shape Zoom's token endpoint answers with
 * ({@code {"reason","error"}}), not the API's {code,message}.
 */
@RestController
class OAuthController {

	private final TokenStore tokens;

	private final CurrentSeed seed;

	OAuthController(TokenStore tokens, CurrentSeed seed) {
		this.tokens = tokens;
		this.seed = seed;
	}

	@PostMapping("/oauth/token")
	ResponseEntity<Map<String, Object>> token(@RequestHeader(name = "Authorization", required = false) String auth,
			@RequestParam(name = "grant_type", required = false) String grantType,
			@RequestParam(name = "account_id", required = false) String accountId) {
		Seed current = this.seed.get();
		if (!"account_credentials".equals(grantType)) {
			return error(400, "unsupported_grant_type", "unsupported grant type");
		}
		if (!credentialsMatch(auth, current.credentials())) {
			return error(401, "invalid_client", "Invalid client_id or client_secret");
		}
		if (!current.account().id().equals(accountId)) {
			return error(400, "invalid_request", "Invalid account_id");
		}
		int lifetime = current.credentials().tokenLifetimeSeconds();
		Map<String, Object> body = new LinkedHashMap<>();
		List<String> scopes = current.credentials().scopes();
		body.put("access_token", this.tokens.issue(lifetime, scopes));
		body.put("token_type", "bearer");
		body.put("expires_in", lifetime);
		// the scopes the app holds now, as Zoom's token response lists them
		body.put("scope", String.join(" ", scopes));
		body.put("api_url", "https://api.zoom.us");
		return ResponseEntity.ok(body);
	}

	private static boolean credentialsMatch(String auth, Seed.Credentials credentials) {
		if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
			return decoded.equals(credentials.clientId() + ":" + credentials.clientSecret());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static ResponseEntity<Map<String, Object>> error(int status, String error, String reason) {
		return ResponseEntity.status(status).body(Map.of("reason", reason, "error", error));
	}

}
