package dev.dialtone.zoom.simulator.api;

import java.io.IOException;

import dev.dialtone.zoom.simulator.ratelimit.Category;
import dev.dialtone.zoom.simulator.ratelimit.Verdict;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes Zoom error bodies straight from the gateway, before any controller runs. */
final class ZoomResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ZoomResponses() {
	}

	static void error(HttpServletResponse response, ZoomApiException ex) throws IOException {
		response.setStatus(ex.status());
		ex.headers().forEach(response::setHeader);
		response.setContentType("application/json");
		response.getOutputStream().write(JSON.writeValueAsBytes(ex.body()));
	}

	/** An injected 429 burst, shaped like a per-second limit hit. */
	static void tooManyRequests(HttpServletResponse response, Route route) throws IOException {
		Category category = (route != null) ? route.category() : Category.LIGHT;
		Verdict verdict = new Verdict(false, category, false, 0, 0, "1");
		error(response, new ZoomApiException(429, 429, Verdict.QPS_MESSAGE, null, verdict.headers()));
	}

}
