package dev.dialtone.zoom.client.http;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.dialtone.zoom.client.ZoomEndpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code dialtone.zoom.calls} (timer per endpoint template, method, status, outcome) and
 * {@code dialtone.zoom.rate.limited} (429s per endpoint).
 */
final class CallMetrics {

	private final MeterRegistry registry;

	CallMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void record(ZoomEndpoint endpoint, int status, String outcome, long nanos) {
		Timer.builder("dialtone.zoom.calls")
			.description("Zoom API calls")
			.tag("endpoint", endpoint.pathTemplate())
			.tag("method", endpoint.method())
			.tag("status", (status == 0) ? "none" : Integer.toString(status))
			.tag("outcome", outcome)
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
		if (status == 429) {
			Counter.builder("dialtone.zoom.rate.limited")
				.description("Zoom answers with HTTP 429")
				.tag("endpoint", endpoint.pathTemplate())
				.tag("family", endpoint.family().name().toLowerCase(Locale.ROOT))
				.tag("category", endpoint.category().name().toLowerCase(Locale.ROOT))
				.register(this.registry)
				.increment();
		}
	}

}
