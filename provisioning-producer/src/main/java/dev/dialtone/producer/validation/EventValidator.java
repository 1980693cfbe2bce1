package dev.dialtone.producer.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
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

	/** The earliest change the pipeline accepts; anything older is a typo or a test. */
	static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	/** How far a source's clock may run ahead. */
	static final Duration FUTURE_SKEW = Duration.ofDays(1);

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
		String eventId = Fields.text(request.eventId(), "eventId", 128, errors);
		if (eventId != null && !EVENT_ID.matcher(eventId).matches()) {
			errors.add(new FieldError("eventId", "invalid",
					"event id must be 1-128 letters, digits, '.', '_', ':' or '-'"));
		}
		EventType type = type(request.type(), errors);
		Instant occurredAt = occurredAt(request.occurredAt(), errors);
		String correlationId = Fields.text(request.correlationId(), "correlationId", 128, errors);
		Person person = this.personValidator.validate(request.person(), type, errors);
		if (!errors.isEmpty()) {
			return new Validated(null, List.copyOf(errors));
		}
		// the content as the source sent it: a defaulted occurredAt (the receipt time) is
		// left out, so a retry of the same request has the same fingerprint and id
		IdentityEvent event = IdentityEvent.newBuilder()
			.setEventId("")
			.setEventType(type)
			.setOccurredAt((occurredAt != null) ? occurredAt : Instant.EPOCH)
			.setSourceSystem(sourceSystem)
			.setCorrelationId(correlationId)
			.setDryRun(Boolean.TRUE.equals(request.dryRun()))
			.setPerson(person)
			.build();
		String fingerprint = fingerprint(event);
		event.setEventId(sourceSystem + ":" + ((eventId != null) ? eventId
				: UUID.nameUUIDFromBytes(fingerprint.getBytes(StandardCharsets.UTF_8)).toString()));
		if (occurredAt == null) {
			event.setOccurredAt(this.clock.instant());
		}
		return new Validated(event, List.of(), fingerprint);
	}

	/**
	 * SHA-256 of the content without the event id. The event id published is scoped by
	 * the source ({@code <source>:<client id>}, or {@code <source>:<content UUID>}), so
	 * two sources' ids never collide.
	 */
	private static String fingerprint(IdentityEvent content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every JRE", ex);
		}
	}

	private static EventType type(String value, List<FieldError> errors) {
		String type = Fields.upper(Fields.text(value, "type", 32, errors));
		if (type == null) {
			if (Fields.clean(value) == null) {
				errors.add(new FieldError("type", "required", "type is required: one of " + SOURCE_TYPES));
			}
			return null;
		}
		if (!SOURCE_TYPES.contains(type)) {
			errors.add(new FieldError("type", "unknown_type",
					"unknown type '" + Fields.echo(value) + "'; one of " + SOURCE_TYPES));
			return null;
		}
		return EventType.valueOf(type.toUpperCase(Locale.ROOT));
	}

	/** The instant the source gave, null when it gave none (the caller uses now). */
	private Instant occurredAt(String value, List<FieldError> errors) {
		String cleaned = Fields.text(value, "occurredAt", 64, errors);
		if (cleaned == null) {
			return null;
		}
		Instant instant;
		try {
			instant = Instant.parse(cleaned);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("occurredAt", "invalid_timestamp", "occurredAt must be an ISO-8601 instant like "
					+ "2026-11-30T07:00:00Z, got '" + Fields.echo(cleaned) + "'"));
			return null;
		}
		Instant latest = this.clock.instant().plus(FUTURE_SKEW);
		if (instant.isBefore(EARLIEST) || instant.isAfter(latest)) {
			errors.add(new FieldError("occurredAt", "out_of_range",
					"occurredAt must lie between " + EARLIEST + " and one day from now"));
			return null;
		}
		return instant;
	}

}
