package dev.dialtone.producer.events;

import java.util.List;

import dev.dialtone.producer.ownership.SourceGrant;
import dev.dialtone.producer.publish.PublishResult;
import dev.dialtone.producer.validation.EventRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR systems submit changes here. The body is read as raw bytes because an HMAC signature
 * covers exactly the bytes sent; Spring Security's chain for {@code /api/v1/**} has
 * authenticated the source before this controller parses anything.
 */
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "hmac")
@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
class EventController {

	private static final int MAX_BATCH = 1000;

	private final EventIntake intake;

	private final JsonMapper json;

	EventController(EventIntake intake, JsonMapper json) {
		this.intake = intake;
		this.json = json;
	}

	@Operation(summary = "Submit one HR change", description = "202 once the broker acknowledged the event")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = EventRequest.class)))
	@ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = EventsAccepted.class)))
	@ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiError.class)))
	@ApiResponse(responseCode = "401", content = @Content(schema = @Schema(implementation = ApiError.class)))
	@ApiResponse(responseCode = "403", description = "the source may not send this type or act on this employee",
			content = @Content(schema = @Schema(implementation = ApiError.class)))
	@ApiResponse(responseCode = "409", description = "the event id was already used for a different change",
			content = @Content(schema = @Schema(implementation = ApiError.class)))
	@ApiResponse(responseCode = "413", description = "body or record too large",
			content = @Content(schema = @Schema(implementation = ApiError.class)))
	@ApiResponse(responseCode = "503",
			description = "Kafka unavailable; nothing stored that was not acknowledged, retry after Retry-After",
			content = @Content(schema = @Schema(implementation = ApiError.class)))
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<EventsAccepted> submit(@RequestBody byte[] body,
			@Parameter(hidden = true) Authentication authentication) {
		EventRequest request = parse(body, EventRequest.class);
		return accepted(this.intake.submit(SourceGrant.of(authentication), List.of(request), null));
	}

	@Operation(summary = "Submit several HR changes at once", description = "All valid or none published; at most 1000")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = BatchRequest.class)))
	@ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = EventsAccepted.class)))
	@PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<EventsAccepted> submitBatch(@RequestBody byte[] body,
			@Parameter(hidden = true) Authentication authentication) {
		BatchRequest batch = parse(body, BatchRequest.class);
		if (batch.events() == null || batch.events().isEmpty() || batch.events().size() > MAX_BATCH) {
			throw new MalformedRequestException("events must hold 1 to " + MAX_BATCH + " events");
		}
		return accepted(this.intake.submit(SourceGrant.of(authentication), batch.events(), "events"));
	}

	private <T> T parse(byte[] body, Class<T> type) {
		try {
			T value = this.json.readValue(body, type);
			if (value == null) {
				throw new MalformedRequestException("the body is empty");
			}
			return value;
		}
		catch (StreamReadException ex) {
			throw new MalformedRequestException("the body is not well-formed JSON" + where(ex));
		}
		catch (DatabindException ex) {
			throw new MalformedRequestException("the body does not have this endpoint's shape" + where(ex));
		}
		catch (JacksonException ex) {
			throw new MalformedRequestException("the body could not be read as JSON");
		}
	}

	/**
	 * Where the body went wrong, as a field path and position: Jackson's own message
	 * names Java types, which an error body must not.
	 */
	private static String where(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		String at = (path.length() > 0) ? " at " + path : "";
		return (ex.getLocation() != null)
				? at + " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"
				: at;
	}

	private static ResponseEntity<EventsAccepted> accepted(PublishResult result) {
		return ResponseEntity.accepted().body(new EventsAccepted(result.eventIds(), result.duplicates()));
	}

}
