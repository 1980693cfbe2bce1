package dev.dialtone.producer.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.dialtone.producer.config.ProducerProperties.Limits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body before anything (authentication included) reads it: a declared
 * Content-Length over the door's limit is answered 413 at once, and the stream of a
 * chunked body stops with {@link BodyTooLargeException} at the first byte over it.
 * Registered ahead of Spring Security's filter chain.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	static final String BATCH_PATH = "/api/v1/events/batch";

	static final String SCIM_PREFIX = "/scim/";

	private final Limits limits;

	RequestSizeLimitFilter(Limits limits) {
		this.limits = limits;
	}

	/**
	 * Decided from the raw URI on purpose: a disguised path gets at most the larger
	 * limit, and Spring Security's firewall refuses it right after.
	 */
	long limitFor(HttpServletRequest request) {
		String uri = request.getRequestURI();
		if (BATCH_PATH.equals(uri)) {
			return this.limits.batchBody().toBytes();
		}
		if (uri.startsWith(SCIM_PREFIX)) {
			return this.limits.scimBody().toBytes();
		}
		return this.limits.eventBody().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			tooLarge(request, response, limit);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		response.setStatus(413);
		// nothing more of this body will be read: do not keep the connection for it
		response.setHeader(HttpHeaders.CONNECTION, "close");
		String message = "the request body is larger than " + limit + " bytes";
		if (request.getRequestURI().startsWith(SCIM_PREFIX)) {
			response.setContentType("application/scim+json");
			response.getOutputStream()
				.write(("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"413\",\"detail\":\""
						+ message + "\"}")
					.getBytes(StandardCharsets.UTF_8));
		}
		else {
			response.setContentType("application/json");
			response.getOutputStream()
				.write(("{\"error\":\"body_too_large\",\"message\":\"" + message + "\",\"errors\":[]}")
					.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedInputStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	/** Counts what is read and fails once the count passes the limit. */
	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long count;

		LimitedInputStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int value = this.in.read();
			if (value >= 0) {
				counted(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.in.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		private void counted(int read) throws BodyTooLargeException {
			this.count += read;
			if (this.count > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
