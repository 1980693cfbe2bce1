package dev.dialtone.auditor.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/** Requests that carry their own credentials (a bearer token), so need no CSRF token. */
final class Bearer {

	private Bearer() {
	}

	static boolean present(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
