package dev.dialtone.auditor.webhook;

import java.time.Clock;
import java.util.Map;

import dev.dialtone.auditor.metrics.AuditorMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Zoom's event notification endpoint: verifies {@code x-zm-signature} over the raw body
 * (401 when wrong or stale), answers {@code endpoint.url_validation}, and hands user
 * events to {@link WebhookHandler}.
 */
@RestController
class ZoomWebhookController {

	private static final Logger log = LoggerFactory.getLogger(ZoomWebhookController.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ZoomSignature signature;

	private final WebhookHandler handler;

	private final AuditorMetrics metrics;

	private final Clock clock;

	ZoomWebhookController(ZoomSignature signature, WebhookHandler handler, AuditorMetrics metrics, Clock clock) {
		this.signature = signature;
		this.handler = handler;
		this.metrics = metrics;
		this.clock = clock;
	}

	@PostMapping(path = { "/zoom/webhooks", "/webhooks/zoom" }, consumes = "application/json")
	ResponseEntity<Map<String, Object>> receive(@RequestBody String body,
			@RequestHeader(name = "x-zm-signature", required = false) String zmSignature,
			@RequestHeader(name = "x-zm-request-timestamp", required = false) String timestamp) {
		if (!this.signature.verify(zmSignature, timestamp, body, this.clock.instant())) {
			this.metrics.webhook("rejected");
			log.warn("Rejected a Zoom webhook with a missing, wrong or stale signature");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid signature"));
		}
		JsonNode event = JSON.readTree(body);
		String type = event.path("event").asString("");
		if ("endpoint.url_validation".equals(type)) {
			String plainToken = event.path("payload").path("plainToken").asString("");
			this.metrics.webhook("validation");
			return ResponseEntity
				.ok(Map.of("plainToken", plainToken, "encryptedToken", this.signature.hmac(plainToken)));
		}
		JsonNode object = event.path("payload").path("object");
		boolean acted = this.handler.handle(type, text(object, "id"), text(object, "email"));
		this.metrics.webhook(acted ? "acted" : "ignored");
		return ResponseEntity.ok(Map.of("event", type, "acted", acted));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

}
