package dev.dialtone.producer.scim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bearer-token check for /scim/v2 (the "Secret Token" in Entra ID, the API token in
 * Okta).
 */
class ScimAuthFilter extends OncePerRequestFilter {

	private final byte[] token;

	private final JsonMapper json;

	ScimAuthFilter(String token, JsonMapper json) {
		this.token = (token != null && !token.isBlank()) ? token.getBytes(StandardCharsets.UTF_8) : null;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/scim/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		byte[] presented = (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7))
				? authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8) : null;
		if (this.token != null && presented != null && MessageDigest.isEqual(this.token, presented)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(401);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dialtone-scim\"");
		response.setContentType(ScimMediaTypes.SCIM_JSON);
		String detail = (this.token == null) ? "SCIM is not enabled (no dialtone.producer.scim-bearer-token)"
				: "A valid bearer token is required";
		this.json.writeValue(response.getOutputStream(), ScimErrorHandler.body(401, null, detail));
	}

}
