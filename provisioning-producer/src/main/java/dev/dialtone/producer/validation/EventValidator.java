package dev.dialtone.producer.validation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Person;

/**
 * Turns a submitted {@link EventRequest} into a normalised {@link IdentityEvent}, or
 * lists every problem with it. Plain Java so HTTP, SCIM and the CSV import share it and
 * it is unit-testable without Spring.
 */
public final class EventValidator {

	/**
	 * Types a source system may send; RESUME and REDRIVE are the auditor's commands, not
	 * HR changes.
	 */
	static final Set<String> SOURCE_TYPES = Set.of("HIRE", "UPDATE", "TERMINATE", "REHIRE");

	private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private final PersonValidator personValidator;

	private final Clock clock;

	public EventValidator(Set<String> siteCodes, Clock clock) {
		this.personValidator = new PersonValidator(
				siteCodes.stream().map(Fields::upper).collect(Collectors.toUnmodifiableSet()));
		this.clock = clock;
	}

	public Validated validate(EventRequest request, String sourceSystem) {
		List<FieldError> errors = new ArrayList<>();
		if (request == null) {
			return new Validated(null, List.of(new FieldError("$", "required", "event body is required")));
		}
		String eventId = Fields.clean(request.eventId());
		if (eventId != null && !EVENT_ID.matcher(eventId).matches()) {
			errors.add(new FieldError("eventId", "invalid",
					"event id must be 1-128 letters, digits, '.', '_', ':' or '-'"));
		}
		EventType type = type(request.type(), errors);
		Instant occurredAt = occurredAt(request.occurredAt(), errors);
		Person person = this.personValidator.validate(request.person(), errors);
		if (!errors.isEmpty()) {
			return new Validated(null, List.copyOf(errors));
		}
		IdentityEvent event = IdentityEvent.newBuilder()
			.setEventId("")
			.setEventType(type)
			.setOccurredAt(occurredAt)
			.setSourceSystem(sourceSystem)
			.setCorrelationId(Fields.clean(request.correlationId()))
			.setDryRun(Boolean.TRUE.equals(request.dryRun()))
			.setPerson(person)
			.build();
		event.setEventId((eventId != null) ? eventId : contentId(event));
		return new Validated(event, List.of());
	}

	/**
	 * Without a client id, the same content from the same source gets the same id, so a
	 * retried request is deduplicated instead of published twice. Content includes
	 * occurredAt, so a genuinely new change differs.
	 */
	private static String contentId(IdentityEvent event) {
		return UUID.nameUUIDFromBytes(event.toString().getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static EventType type(String value, List<FieldError> errors) {
		String type = Fields.upper(value);
		if (type == null) {
			errors.add(new FieldError("type", "required", "type is required: one of " + SOURCE_TYPES));
			return null;
		}
		if (!SOURCE_TYPES.contains(type)) {
			errors.add(new FieldError("type", "unknown_type",
					"unknown type '" + value.strip() + "'; one of " + SOURCE_TYPES));
			return null;
		}
		return EventType.valueOf(type.toUpperCase(Locale.ROOT));
	}

	private Instant occurredAt(String value, List<FieldError> errors) {
		String cleaned = Fields.clean(value);
		if (cleaned == null) {
			return this.clock.instant();
		}
		try {
			return Instant.parse(cleaned);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("occurredAt", "invalid_timestamp",
					"occurredAt must be an ISO-8601 instant like 2026-11-30T07:00:00Z, got '" + cleaned + "'"));
			return null;
		}
	}

}
