package dev.dialtone.producer.events;

import java.util.List;

import dev.dialtone.producer.auth.RequestCredentials;
import dev.dialtone.producer.auth.SourceAuthenticator;
import dev.dialtone.producer.publish.PublishResult;
import dev.dialtone.producer.validation.EventRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR systems submit changes here. The body is read as raw bytes because an HMAC signature
 * covers exactly the bytes sent; it is parsed only after the sender is authenticated.
 */
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "hmac")
@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
class EventController {

	private static final int MAX_BATCH = 1000;

	private final SourceAuthenticator authenticator;

	private final EventIntake intake;

	private final JsonMapper json;

	EventController(SourceAuthenticator authenticator, EventIntake intake, JsonMapper json) {
		this.authenticator = authenticator;
		this.intake = intake;
		this.json = json;
	}

	@Operation(summary = "Submit one HR change", description = "202 once the broker acknowledged the event")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = EventRequest.class)))
	@ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = EventsAccepted.class)))
	@ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiError.class)))
	@ApiResponse(responseCode = "401", content = @Content(schema = @Schema(implementation = ApiError.class)))
	@ApiResponse(responseCode = "503",
			description = "Kafka unavailable; nothing stored that was not acknowledged, retry after Retry-After",
			content = @Content(schema = @Schema(implementation = ApiError.class)))
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<EventsAccepted> submit(@RequestBody byte[] body,
			@Parameter(hidden = true) @RequestHeader HttpHeaders headers) {
		String source = this.authenticator.authenticate(credentials(headers, body));
		EventRequest request = parse(body, EventRequest.class);
		return accepted(this.intake.submit(source, List.of(request), null));
	}

	@Operation(summary = "Submit several HR changes at once", description = "All valid or none published; at most 1000")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = BatchRequest.class)))
	@ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = EventsAccepted.class)))
	@PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<EventsAccepted> submitBatch(@RequestBody byte[] body,
			@Parameter(hidden = true) @RequestHeader HttpHeaders headers) {
		String source = this.authenticator.authenticate(credentials(headers, body));
		BatchRequest batch = parse(body, BatchRequest.class);
		if (batch.events() == null || batch.events().isEmpty() || batch.events().size() > MAX_BATCH) {
			throw new MalformedRequestException("events must hold 1 to " + MAX_BATCH + " events");
		}
		return accepted(this.intake.submit(source, batch.events(), "events"));
	}

	private static RequestCredentials credentials(HttpHeaders headers, byte[] body) {
		return new RequestCredentials(headers.getFirst(RequestCredentials.SOURCE_HEADER),
				headers.getFirst(HttpHeaders.AUTHORIZATION), headers.getFirst(RequestCredentials.TIMESTAMP_HEADER),
				headers.getFirst(RequestCredentials.SIGNATURE_HEADER), body);
	}

	private <T> T parse(byte[] body, Class<T> type) {
		try {
			T value = this.json.readValue(body, type);
			if (value == null) {
				throw new MalformedRequestException("the body is empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new MalformedRequestException(
					"the body is not valid JSON for this endpoint: " + ex.getOriginalMessage());
		}
	}

	private static ResponseEntity<EventsAccepted> accepted(PublishResult result) {
		return ResponseEntity.accepted().body(new EventsAccepted(result.eventIds(), result.duplicates()));
	}

}
