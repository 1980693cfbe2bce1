package dev.dialtone.producer.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import dev.dialtone.producer.limits.BodyTooLargeException;
import dev.dialtone.producer.metrics.IntakeMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every events-API request as a source system. Its own filter rather than
 * Spring Security's bearer-token support because an HMAC signature covers the exact body
 * bytes: the body is read here (only for a signing source, only after the timestamp
 * passed, and through the size limit) and handed on to the controller unchanged.
 */
class SourceAuthenticationFilter extends OncePerRequestFilter {

	private final AuthenticationManager manager;

	private final IntakeMetrics metrics;

	private final JsonMapper json;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	SourceAuthenticationFilter(AuthenticationManager manager, IntakeMetrics metrics, JsonMapper json) {
		this.manager = manager;
		this.metrics = metrics;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CachedBody body = new CachedBody(request);
		RequestCredentials credentials = new RequestCredentials(request.getHeader(RequestCredentials.SOURCE_HEADER),
				request.getHeader(HttpHeaders.AUTHORIZATION), request.getHeader(RequestCredentials.TIMESTAMP_HEADER),
				request.getHeader(RequestCredentials.SIGNATURE_HEADER), body::bytes);
		Authentication authenticated;
		try {
			authenticated = this.manager.authenticate(SourceAuthentication.unauthenticated(credentials));
		}
		catch (AuthenticationFailedException ex) {
			this.metrics.rejected(ex.source(), ex.reason(), 1);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			write(response, ex.reason(), ex.getMessage());
			return;
		}
		catch (UncheckedIOException ex) {
			BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
			if (tooLarge != null) {
				tooLarge.respond(request, response);
				return;
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			write(response, "malformed_request", "the request body could not be read");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authenticated);
		this.contexts.setContext(context);
		chain.doFilter(body.wrap(request), response);
	}

	private void write(HttpServletResponse response, String error, String message) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(),
				Map.of("error", error, "message", message, "errors", new Object[0]));
	}

	/** The body, read at most once and only when a signature needs it. */
	private static final class CachedBody {

		private final HttpServletRequest request;

		private byte[] bytes;

		CachedBody(HttpServletRequest request) {
			this.request = request;
		}

		byte[] bytes() {
			if (this.bytes == null) {
				try {
					this.bytes = this.request.getInputStream().readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return this.bytes;
		}

		HttpServletRequest wrap(HttpServletRequest request) {
			if (this.bytes == null) {
				return request;
			}
			byte[] read = this.bytes;
			return new HttpServletRequestWrapper(request) {

				@Override
				public ServletInputStream getInputStream() {
					return new BytesInputStream(read);
				}

			};
		}

	}

	private static final class BytesInputStream extends ServletInputStream {

		private final ByteArrayInputStream in;

		BytesInputStream(byte[] bytes) {
			this.in = new ByteArrayInputStream(bytes);
		}

		@Override
		public int read() {
			return this.in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return this.in.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return this.in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("the body has already been read");
		}

	}

}
