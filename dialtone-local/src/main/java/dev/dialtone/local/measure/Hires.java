package dev.dialtone.local.measure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hires with the full phone setup (extension, calling plan and number "allocate"), as an
 * HR system sends them: explicit event ids (so a retry is recognised) and the moment of
 * sending as {@code occurredAt} (so event → outcome latency is HR submit → outcome).
 * Employee ids and emails start with the run's prefix, so a run only ever counts its own
 * people on a shared broker.
 */
public final class Hires {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String prefix;

	private final String siteCode;

	private final int callingPlan;

	public Hires(String prefix, String siteCode, int callingPlan) {
		this.prefix = prefix;
		this.siteCode = siteCode;
		this.callingPlan = callingPlan;
	}

	public String prefix() {
		return this.prefix;
	}

	public String employeeId(int index) {
		return this.prefix + "-" + index;
	}

	/** Hire {@code index} on {@code domain}, occurring now. */
	public JsonNode hire(int index, String domain) {
		ObjectNode phone = JSON.createObjectNode()
			.put("extension", "allocate")
			.put("callingPlanType", this.callingPlan)
			.put("number", "allocate");
		ObjectNode person = JSON.createObjectNode()
			.put("employeeId", employeeId(index))
			.put("workEmail", this.prefix.toLowerCase() + "." + index + "@" + domain)
			.put("firstName", "Fleet")
			.put("lastName", "Hire " + index)
			.put("department", "Operations")
			.put("jobTitle", "Staff")
			.put("siteCode", this.siteCode);
		person.set("phone", phone);
		ObjectNode event = JSON.createObjectNode()
			.put("eventId", employeeId(index) + "-hire")
			.put("type", "HIRE")
			.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
			.put("correlationId", this.prefix);
		event.set("person", person);
		return event;
	}

	/** Hires {@code from} .. {@code from + count - 1}, all on {@code domain}. */
	public List<JsonNode> hires(int from, int count, String domain) {
		List<JsonNode> events = new ArrayList<>(count);
		for (int i = from; i < from + count; i++) {
			events.add(hire(i, domain));
		}
		return events;
	}

}
