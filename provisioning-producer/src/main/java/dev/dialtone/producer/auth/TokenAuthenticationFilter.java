package dev.dialtone.producer.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One shared bearer token (SCIM's "Secret Token", the operator token): a match
 * authenticates the request with the given authorities; anything else leaves it anonymous
 * for the chain's authorization rules to refuse. Never reads the body.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	private final byte[] token;

	private final String principal;

	private final List<GrantedAuthority> authorities;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	TokenAuthenticationFilter(String token, String principal, Collection<? extends GrantedAuthority> authorities) {
		this.token = token.getBytes(StandardCharsets.UTF_8);
		this.principal = principal;
		this.authorities = List.copyOf(authorities);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = RequestCredentials.bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (presented != null && MessageDigest.isEqual(this.token, presented.getBytes(StandardCharsets.UTF_8))) {
			SecurityContext context = this.contexts.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(this.principal, null, this.authorities));
			this.contexts.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
