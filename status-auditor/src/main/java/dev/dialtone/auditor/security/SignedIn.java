package dev.dialtone.auditor.security;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is signed in, in words for audit records and history lines: "name &lt;email&gt;"
 * from the ID token or access token, else the email, the preferred username or the
 * subject. Never a token.
 */
public final class SignedIn {

	private static final int MAX_LENGTH = 200;

	private SignedIn() {
	}

	public static String name(Authentication authentication) {
		Map<String, Object> claims = claims(authentication);
		String name = text(claims.get("name"));
		String email = text(claims.get("email"));
		String username = text(claims.get("preferred_username"));
		String who;
		if (name != null && email != null) {
			who = name + " <" + email + ">";
		}
		else if (email != null) {
			who = email;
		}
		else if (username != null) {
			who = username;
		}
		else if (name != null) {
			who = name;
		}
		else {
			who = "subject " + authentication.getName();
		}
		// claims come from the provider, but audit lines must stay one line and short
		String clean = who.replaceAll("\\p{Cntrl}", " ");
		return (clean.length() > MAX_LENGTH) ? clean.substring(0, MAX_LENGTH) : clean;
	}

	private static Map<String, Object> claims(Authentication authentication) {
		Object principal = authentication.getPrincipal();
		if (principal instanceof OidcUser user) {
			return user.getClaims();
		}
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return jwt.getTokenAttributes();
		}
		if (principal instanceof OAuth2AuthenticatedPrincipal oauth) {
			return oauth.getAttributes();
		}
		return Map.of();
	}

	private static String text(Object value) {
		return (value instanceof String text && !text.isBlank()) ? text.strip() : null;
	}

}
