package dev.dialtone.auditor.webhook;

import java.util.Map;

import dev.dialtone.auditor.creation.CreationRecorder;
import dev.dialtone.auditor.creation.CreationRecorder.Created;
import dev.dialtone.auditor.metrics.AuditorMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Zoom's event notification endpoint, behind {@link ZoomWebhookFilter} (size cap,
 * signature, replay): answers {@code endpoint.url_validation}, refuses a body that is not
 * a JSON object (400), records how a user was made ({@code user.created}, through
 * {@link CreationRecorder}) and hands the other user events to {@link WebhookHandler}.
 */
@RestController
class ZoomWebhookController {

	private static final Logger log = LoggerFactory.getLogger(ZoomWebhookController.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ZoomSignature signature;

	private final WebhookHandler handler;

	private final CreationRecorder creations;

	private final AuditorMetrics metrics;

	ZoomWebhookController(ZoomSignature signature, WebhookHandler handler, CreationRecorder creations,
			AuditorMetrics metrics) {
		this.signature = signature;
		this.handler = handler;
		this.creations = creations;
		this.metrics = metrics;
	}

	@PostMapping(path = { "/zoom/webhooks", "/webhooks/zoom" }, consumes = "application/json")
	ResponseEntity<Map<String, Object>> receive(@RequestBody String body) {
		// the signature, freshness and replay were checked by ZoomWebhookFilter (the
		// webhook door's authentication) over exactly this body
		JsonNode event;
		try {
			event = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			event = null;
		}
		if (event == null || !event.isObject()) {
			this.metrics.webhook("malformed");
			log.warn("Rejected a signed Zoom webhook whose body is not a JSON object");
			return ResponseEntity.badRequest().body(Map.of("error", "body is not a JSON object"));
		}
		String type = text(event, "event");
		if ("endpoint.url_validation".equals(type)) {
			String plainToken = text(event.path("payload"), "plainToken");
			if (plainToken == null) {
				return ResponseEntity.badRequest().body(Map.of("error", "no plainToken"));
			}
			this.metrics.webhook("validation");
			return ResponseEntity
				.ok(Map.of("plainToken", plainToken, "encryptedToken", this.signature.hmac(plainToken)));
		}
		if (CreationRecorder.EVENT.equals(type)) {
			return created(event);
		}
		JsonNode object = event.path("payload").path("object");
		boolean acted = type != null && this.handler.handle(type, text(object, "id"), text(object, "email"));
		this.metrics.webhook(acted ? "acted" : "ignored");
		return ResponseEntity.ok(Map.of("event", (type != null) ? type : "", "acted", acted));
	}

	/**
	 * Records how the user was made; a notification without the user's id, email or
	 * creation type is refused (400) naming the field, since it could tell nothing.
	 */
	private ResponseEntity<Map<String, Object>> created(JsonNode event) {
		JsonNode payload = event.path("payload");
		JsonNode object = payload.path("object");
		Created created = new Created(text(object, "id"), text(object, "email"), text(payload, "creation_type"),
				text(payload, "operator"), text(payload, "operator_id"), text(payload, "account_id"),
				event.path("event_ts").isIntegralNumber() ? event.path("event_ts").asLong() : null);
		String missing = (created.zoomUserId() == null) ? "payload.object.id" : (created.email() == null)
				? "payload.object.email" : (created.creationType() == null) ? "payload.creation_type" : null;
		if (missing != null) {
			this.metrics.webhook("malformed");
			log.warn("Rejected a signed user.created webhook without {}", missing);
			return ResponseEntity.badRequest().body(Map.of("error", missing + " is missing"));
		}
		this.creations.record(created);
		this.metrics.webhook("recorded");
		return ResponseEntity.ok(Map.of("event", CreationRecorder.EVENT, "acted", true));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : null;
	}

}
