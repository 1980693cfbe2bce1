package dev.dialtone.producer.scim;

import java.util.List;
import java.util.UUID;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.ownership.ActionForbiddenException;
import dev.dialtone.producer.ownership.EmployeeAuthority;
import dev.dialtone.producer.ownership.OwnershipUnavailableException;
import dev.dialtone.producer.ownership.SourceGrant;
import dev.dialtone.producer.publish.EventPublisher;
import dev.dialtone.producer.publish.PublishRejectedException;
import dev.dialtone.producer.publish.PublishUnavailableException;
import dev.dialtone.producer.publish.Submission;
import dev.dialtone.producer.validation.EventValidator;
import dev.dialtone.producer.validation.FieldError;
import dev.dialtone.producer.validation.Validated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM user lifecycle as HR events: create → HIRE, replace/patch → UPDATE, deactivation
 * or delete → TERMINATE, reactivation → REHIRE. The event is published
 * (broker-acknowledged) before the SCIM user is stored, so a failed store makes the
 * directory retry rather than lose the change. Serialised: directories send few requests
 * per second.
 */
class ScimUserService {

	static final String SOURCE = "scim";

	private final ScimUserLog log;

	private final EventValidator validator;

	private final EventPublisher publisher;

	private final IntakeMetrics metrics;

	private final EmployeeAuthority authority;

	ScimUserService(ScimUserLog log, EventValidator validator, EventPublisher publisher, IntakeMetrics metrics,
			EmployeeAuthority authority) {
		this.log = log;
		this.validator = validator;
		this.publisher = publisher;
		this.metrics = metrics;
		this.authority = authority;
	}

	synchronized ScimUser create(SourceGrant grant, JsonNode body) {
		ObjectNode resource = ScimResources.incoming(body);
		userName(resource, null);
		String id = UUID.randomUUID().toString();
		String employeeId = ScimUserMapper.employeeId(resource);
		ScimUser user = new ScimUser(id, employeeId, ScimResources.withMeta(resource, id, null));
		if (user.active()) {
			publish(grant, "HIRE", user, true);
		}
		this.log.save(user);
		return user;
	}

	synchronized ScimUser replace(SourceGrant grant, String id, JsonNode body) {
		ScimUser current = find(id);
		return change(grant, current, ScimResources.incoming(body), true);
	}

	synchronized ScimUser patch(SourceGrant grant, String id, JsonNode patch) {
		ScimUser current = find(id);
		ObjectNode patched = ScimPatch.apply(current.resource(), patch);
		return change(grant, current, patched, ScimPatch.touchesPhone(patch));
	}

	synchronized void delete(SourceGrant grant, String id) {
		ScimUser current = find(id);
		if (current.active()) {
			publish(grant, "TERMINATE", current, true);
		}
		this.log.delete(id);
	}

	/**
	 * The resource's userName, required, bounded, free of control characters, and not
	 * held by another SCIM user (409 uniqueness on create, replace and patch alike).
	 */
	private String userName(ObjectNode resource, String ownId) {
		String userName = ScimJson.text(resource, "userName");
		if (userName == null || userName.isBlank()) {
			throw ScimException.invalidValue("userName is required");
		}
		if (userName.length() > 254 || userName.codePoints().anyMatch(Character::isISOControl)) {
			throw ScimException.invalidValue("userName must be at most 254 characters without control characters");
		}
		this.log.table()
			.findBy("userName", userName)
			.filter((other) -> !other.id().equals(ownId))
			.ifPresent((other) -> {
				throw new ScimException(409, "uniqueness", "userName is already taken by another user");
			});
		return userName;
	}

	ScimUser find(String id) {
		return this.log.table().findById(id).orElseThrow(() -> ScimException.notFound(id));
	}

	List<ScimUser> findBy(String attribute, String value) {
		return this.log.table().findBy(attribute, value).stream().toList();
	}

	List<ScimUser> all() {
		return this.log.table().all();
	}

	private ScimUser change(SourceGrant grant, ScimUser current, ObjectNode resource, boolean phoneStated) {
		ScimJson.active(resource);
		userName(resource, current.id());
		ScimUser next = new ScimUser(current.id(), current.employeeId(),
				ScimResources.withMeta(resource, current.id(), current.resource()));
		if (current.active() || next.active()) {
			String type = !next.active() ? "TERMINATE" : (current.active() ? "UPDATE" : "REHIRE");
			// a rehire states the whole person, phone included
			publish(grant, type, next, phoneStated || "REHIRE".equals(type));
		}
		this.log.save(next);
		return next;
	}

	private void publish(SourceGrant grant, String type, ScimUser user, boolean phoneStated) {
		Validated validated = this.validator
			.validate(ScimUserMapper.toEvent(type, user.employeeId(), user.id(), user.resource(), phoneStated), SOURCE);
		if (!validated.isValid()) {
			validated.errors().forEach((error) -> this.metrics.rejected(SOURCE, error.code(), 1));
			throw ScimException.invalidValue(describe(validated.errors()));
		}
		IdentityEvent event = validated.event();
		try {
			this.authority.authorize(grant, List.of(event));
			this.publisher.publishAll(List.of(new Submission(event, validated.fingerprint())));
			this.metrics.accepted(SOURCE, 1);
		}
		catch (ActionForbiddenException ex) {
			this.metrics.rejected(SOURCE, "forbidden", 1);
			throw new ScimException(403, null, ex.getMessage());
		}
		catch (PublishRejectedException ex) {
			this.metrics.rejected(SOURCE, "record_too_large", 1);
			throw new ScimException(413, null, "The user is larger than the identity topic accepts");
		}
		catch (PublishUnavailableException | OwnershipUnavailableException ex) {
			this.metrics.rejected(SOURCE, "kafka_unavailable", 1);
			throw new ScimException(503, null, "Kafka is unavailable; retry later");
		}
	}

	private static String describe(List<FieldError> errors) {
		return String.join("; ", errors.stream().map((e) -> e.field() + ": " + e.message()).toList());
	}

}
