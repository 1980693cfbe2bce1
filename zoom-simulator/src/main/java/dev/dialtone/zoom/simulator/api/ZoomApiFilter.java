package dev.dialtone.zoom.simulator.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.dialtone.zoom.simulator.control.RequestLog;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.faults.FaultPlan;
import dev.dialtone.zoom.simulator.faults.FaultRegistry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The gateway in front of every Zoom path (/v2/**, /oauth/token): tracking id, request
 * log, bearer-token check, rate limits and lock keys ({@link ZoomApiGuard}), and injected
 * faults. Latency and hangs park the request with servlet async and a scheduler, so
 * injected latency holds no Tomcat thread and does not cap throughput.
 */
final class ZoomApiFilter implements Filter {

	private static final String PASS = ZoomApiFilter.class.getName() + ".pass";

	private final FaultRegistry faults;

	private final ZoomApiGuard guard;

	private final RequestLog log;

	private final ScheduledExecutorService scheduler;

	ZoomApiFilter(FaultRegistry faults, ZoomApiGuard guard, RequestLog log, ScheduledExecutorService scheduler) {
		this.faults = faults;
		this.guard = guard;
		this.log = log;
		this.scheduler = scheduler;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		if (request.getDispatcherType() == DispatcherType.ASYNC) {
			GatewayExchange pass = (GatewayExchange) request.getAttribute(PASS);
			if (pass != null) {
				request.removeAttribute(PASS);
				proceed(pass, response, chain);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("x-zm-trackingid", TrackingIds.next());
		GatewayExchange pass = pass(request);
		FaultPlan plan = pass.plan;
		if (plan.hang()) {
			AsyncContext async = request.startAsync(pass.request, response);
			async.setTimeout(0);
			this.scheduler.schedule(() -> answerHung(pass, async), plan.hangMs(), TimeUnit.MILLISECONDS);
			return;
		}
		if (!pass.admit(response)) {
			record(pass, response.getStatus());
			return;
		}
		if (plan.delayMs() > 0) {
			// Latency models Zoom's processing time: lock keys stay held while the
			// request "runs".
			request.setAttribute(PASS, pass);
			AsyncContext async = request.startAsync(pass.request, response);
			async.setTimeout(0);
			async.addListener(pass);
			this.scheduler.schedule(() -> resume(pass, async), plan.delayMs(), TimeUnit.MILLISECONDS);
			return;
		}
		proceed(pass, response, chain);
	}

	private void resume(GatewayExchange pass, AsyncContext async) {
		try {
			async.dispatch();
		}
		catch (IllegalStateException ex) {
			// the client went away while the request was parked
			pass.release();
		}
	}

	private GatewayExchange pass(HttpServletRequest request) throws IOException {
		String uri = request.getRequestURI();
		Route route = uri.startsWith("/v2/") ? Routes.match(request.getMethod(), uri.substring(3))
				: (uri.equals(Routes.OAUTH_TOKEN.template()) ? Routes.OAUTH_TOKEN : null);
		byte[] body = readBody(request);
		HttpServletRequest wrapped = (body != null) ? new CachedBodyRequest(request, body) : request;
		FaultPlan plan = this.faults.plan((route != null) ? route.key() : null);
		return new GatewayExchange(wrapped, route, body, plan, this.guard);
	}

	private void proceed(GatewayExchange pass, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		int status = 0;
		try {
			FaultPlan plan = pass.plan;
			if (plan.reset()) {
				dropConnection(response);
				return;
			}
			if (plan.errorStatus() > 0) {
				ZoomResponses.error(response, new ZoomApiException(plan.errorStatus(), plan.errorStatus(),
						"Internal Error. Please try again later."));
			}
			else if (plan.tooMany()) {
				ZoomResponses.tooManyRequests(response, pass.route);
			}
			else {
				chain.doFilter(pass.request, response);
			}
			status = response.getStatus();
		}
		finally {
			pass.release();
			record(pass, status);
		}
	}

	private void answerHung(GatewayExchange pass, AsyncContext async) {
		try {
			ZoomResponses.error((HttpServletResponse) async.getResponse(),
					new ZoomApiException(504, 504, "Gateway timeout."));
		}
		catch (IOException | RuntimeException ex) {
			// the client gave up long ago; nothing to tell it
		}
		finally {
			record(pass, 504);
			async.complete();
		}
	}

	/**
	 * Promises a body, sends a fragment and closes the connection: the client sees the
	 * connection die mid-response, which is how a reset looks to an HTTP client (Tomcat
	 * offers no portable RST).
	 */
	private static void dropConnection(HttpServletResponse response) throws IOException {
		response.setStatus(200);
		response.setHeader("Connection", "close");
		response.setContentType("application/json");
		response.setContentLength(4096);
		response.getOutputStream().write("{\"code\":".getBytes(StandardCharsets.US_ASCII));
		response.flushBuffer();
	}

	private void record(GatewayExchange pass, int status) {
		HttpServletRequest request = pass.request;
		String body = (pass.body != null && pass.body.length > 0) ? new String(pass.body, StandardCharsets.UTF_8)
				: null;
		this.log.add(new RequestLogEntry(Instant.now(), request.getMethod(), request.getRequestURI(),
				request.getQueryString(), (pass.route != null) ? pass.route.key() : null, status, body));
	}

	private static byte[] readBody(HttpServletRequest request) throws IOException {
		String type = request.getContentType();
		if (request.getContentLengthLong() == 0 || "GET".equals(request.getMethod())
				|| (type != null && type.startsWith("application/x-www-form-urlencoded"))) {
			return null;
		}
		return request.getInputStream().readAllBytes();
	}

}
