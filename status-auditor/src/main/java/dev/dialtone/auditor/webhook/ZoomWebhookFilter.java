package dev.dialtone.auditor.webhook;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.dialtone.auditor.metrics.AuditorMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webhook door's authentication: a body over the cap is refused (413) before anything
 * else is read; then Zoom's {@code x-zm-signature} over the raw body must match and be
 * fresh (401 otherwise); a signed request already seen within the freshness window is a
 * replay, answered 200 without acting. Only then does the request reach the controller,
 * with the body it was signed over.
 */
public final class ZoomWebhookFilter extends OncePerRequestFilter {

	/** The authority of a request Zoom signed. */
	public static final String AUTHORITY = "ZOOM_WEBHOOK";

	private static final Logger log = LoggerFactory.getLogger(ZoomWebhookFilter.class);

	private final ZoomSignature signature;

	private final long maxBody;

	private final ReplayGuard replays;

	private final AuditorMetrics metrics;

	private final Clock clock;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	public ZoomWebhookFilter(ZoomSignature signature, long maxBody, Duration maxSkew, AuditorMetrics metrics,
			Clock clock) {
		this.signature = signature;
		this.maxBody = maxBody;
		// a timestamp may be up to maxSkew old or ahead: remember signatures that long
		// both ways
		this.replays = new ReplayGuard(maxSkew.multipliedBy(2), clock);
		this.metrics = metrics;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = (request.getContentLengthLong() > this.maxBody) ? null
				: readAtMost(request.getInputStream(), this.maxBody);
		if (body == null) {
			this.metrics.webhook("rejected");
			log.warn("Rejected a Zoom webhook larger than {} bytes", this.maxBody);
			answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "{\"error\":\"body too large\"}");
			return;
		}
		String zmSignature = request.getHeader("x-zm-signature");
		if (!this.signature.verify(zmSignature, request.getHeader("x-zm-request-timestamp"),
				new String(body, StandardCharsets.UTF_8), this.clock.instant())) {
			this.metrics.webhook("rejected");
			log.warn("Rejected a Zoom webhook with a missing, wrong or stale signature");
			answer(response, HttpServletResponse.SC_UNAUTHORIZED, "{\"error\":\"invalid signature\"}");
			return;
		}
		if (!this.replays.firstSeen(zmSignature)) {
			this.metrics.webhook("replayed");
			log.warn("Ignored a replayed Zoom webhook (same signature within the freshness window)");
			answer(response, HttpServletResponse.SC_OK, "{\"acted\":false,\"replayed\":true}");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				new PreAuthenticatedAuthenticationToken("zoom", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
		this.contexts.setContext(context);
		chain.doFilter(new SignedBody(request, body), response);
	}

	/** The body, or null when it is longer than {@code limit}. */
	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		return (read.length > limit) ? null : read;
	}

	private static void answer(HttpServletResponse response, int status, String json) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write(json);
	}

	/** The request with the body already read, for the controller. */
	private static final class SignedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		SignedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("blocking only");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
