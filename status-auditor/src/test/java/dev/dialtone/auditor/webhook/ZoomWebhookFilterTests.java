package dev.dialtone.auditor.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.auditor.metrics.AuditorMetrics;
import dev.dialtone.auditor.state.AnomalyLedger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook door's authentication as a plain filter: size cap before anything else,
 * signature, and a replay passed on to the handler only once.
 */
@Tag("fast")
class ZoomWebhookFilterTests {

	private final Instant now = Instant.parse("2026-11-30T08:00:00Z");

	private final ZoomSignature signature = new ZoomSignature("s3cret", Duration.ofMinutes(5));

	private final ZoomWebhookFilter filter = new ZoomWebhookFilter(this.signature, 1024, Duration.ofMinutes(5),
			new AuditorMetrics(new SimpleMeterRegistry(), new AnomalyLedger()), Clock.fixed(this.now, ZoneOffset.UTC));

	private final AtomicInteger reachedHandler = new AtomicInteger();

	@Test
	void aSignedRequestSeenTwiceReachesTheHandlerOnce() throws Exception {
		String body = "{\"event\":\"user.activated\",\"payload\":{\"object\":{\"id\":\"u1\"}}}";
		String ts = String.valueOf(this.now.getEpochSecond());
		String sig = "v0=" + this.signature.hmac("v0:" + ts + ":" + body);

		assertThat(send(body, ts, sig).getStatus()).isEqualTo(200);
		MockHttpServletResponse replay = send(body, ts, sig);

		assertThat(replay.getStatus()).isEqualTo(200);
		assertThat(replay.getContentAsString()).contains("\"replayed\":true");
		assertThat(this.reachedHandler).hasValue(1);
	}

	@Test
	void aBodyOverTheCapIsRefusedBeforeItsSignatureIsChecked() throws Exception {
		String body = "{\"pad\":\"" + "x".repeat(2000) + "\"}";
		String ts = String.valueOf(this.now.getEpochSecond());

		assertThat(send(body, ts, "v0=" + this.signature.hmac("v0:" + ts + ":" + body)).getStatus()).isEqualTo(413);
		assertThat(send(body, ts, "wrong").getStatus()).isEqualTo(413);
		assertThat(this.reachedHandler).hasValue(0);
	}

	@Test
	void aWrongSignatureOrAnAbsurdTimestampIs401() throws Exception {
		String body = "{}";
		assertThat(send(body, String.valueOf(Long.MIN_VALUE), "v0=x").getStatus()).isEqualTo(401);
		assertThat(send(body, "garbage", "v0=x").getStatus()).isEqualTo(401);
		assertThat(send(body, String.valueOf(this.now.getEpochSecond()), null).getStatus()).isEqualTo(401);
		assertThat(this.reachedHandler).hasValue(0);
	}

	private MockHttpServletResponse send(String body, String timestamp, String sig) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/zoom/webhooks");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		request.addHeader("x-zm-request-timestamp", timestamp);
		if (sig != null) {
			request.addHeader("x-zm-signature", sig);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> this.reachedHandler.incrementAndGet());
		return response;
	}

}
