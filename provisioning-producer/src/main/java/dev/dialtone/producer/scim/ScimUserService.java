package dev.dialtone.producer.scim;

import java.util.List;
import java.util.UUID;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.producer.metrics.IntakeMetrics;
import dev.dialtone.producer.publish.EventPublisher;
import dev.dialtone.producer.publish.PublishUnavailableException;
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

	ScimUserService(ScimUserLog log, EventValidator validator, EventPublisher publisher, IntakeMetrics metrics) {
		this.log = log;
		this.validator = validator;
		this.publisher = publisher;
		this.metrics = metrics;
	}

	synchronized ScimUser create(JsonNode body) {
		ObjectNode resource = ScimResources.incoming(body);
		String userName = ScimJson.text(resource, "userName");
		if (userName == null) {
			throw ScimException.invalidValue("userName is required");
		}
		if (this.log.table().findBy("userName", userName).isPresent()) {
			throw new ScimException(409, "uniqueness", "userName " + userName + " already exists");
		}
		String id = UUID.randomUUID().toString();
		String employeeId = ScimUserMapper.employeeId(resource);
		ScimUser user = new ScimUser(id, employeeId, ScimResources.withMeta(resource, id, null));
		if (user.active()) {
			publish("HIRE", user);
		}
		this.log.save(user);
		return user;
	}

	synchronized ScimUser replace(String id, JsonNode body) {
		ScimUser current = find(id);
		return change(current, ScimResources.incoming(body));
	}

	synchronized ScimUser patch(String id, JsonNode patch) {
		ScimUser current = find(id);
		return change(current, ScimPatch.apply(current.resource(), patch));
	}

	synchronized void delete(String id) {
		ScimUser current = find(id);
		if (current.active()) {
			publish("TERMINATE", current);
		}
		this.log.delete(id);
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

	private ScimUser change(ScimUser current, ObjectNode resource) {
		ScimJson.active(resource);
		ScimUser next = new ScimUser(current.id(), current.employeeId(),
				ScimResources.withMeta(resource, current.id(), current.resource()));
		if (current.active() || next.active()) {
			String type = !next.active() ? "TERMINATE" : (current.active() ? "UPDATE" : "REHIRE");
			publish(type, next);
		}
		this.log.save(next);
		return next;
	}

	private void publish(String type, ScimUser user) {
		Validated validated = this.validator
			.validate(ScimUserMapper.toEvent(type, user.employeeId(), user.id(), user.resource()), SOURCE);
		if (!validated.isValid()) {
			validated.errors().forEach((error) -> this.metrics.rejected(SOURCE, error.code(), 1));
			throw ScimException.invalidValue(describe(validated.errors()));
		}
		IdentityEvent event = validated.event();
		try {
			this.publisher.publish(List.of(event));
			this.metrics.accepted(SOURCE, 1);
		}
		catch (PublishUnavailableException ex) {
			this.metrics.rejected(SOURCE, "kafka_unavailable", 1);
			throw new ScimException(503, null, "Kafka is unavailable; retry later");
		}
	}

	private static String describe(List<FieldError> errors) {
		return String.join("; ", errors.stream().map((e) -> e.field() + ": " + e.message()).toList());
	}

}
