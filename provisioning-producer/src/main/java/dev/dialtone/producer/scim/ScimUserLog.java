package dev.dialtone.producer.scim;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.dialtone.producer.sharedlog.SharedLog;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps SCIM id → (employee id, resource) durable in a compacted topic. Every instance
 * reads the whole topic at start-up (ready only when caught up) and keeps tailing it, so
 * instances behind a load balancer converge; a write is acknowledged by the broker before
 * the SCIM response is sent.
 */
class ScimUserLog implements SmartLifecycle {

	static final int MAX_RESOURCE_CHARS = 64 * 1024;

	private static final Duration FETCH_MAX_WAIT = Duration.ofMillis(500);

	private final ScimUserTable table = new ScimUserTable();

	private final SharedLog log;

	private final JsonMapper json;

	// offsets of this instance's own writes, so the tail never puts an older version back
	// over a newer one
	private final Map<String, Long> ownWrites = new ConcurrentHashMap<>();

	/**
	 * @param topic the topic: its name, and how to create it when start-up ran while
	 * Kafka was away
	 */
	ScimUserLog(Map<String, Object> clientConfig, NewTopic topic, JsonMapper json) {
		this.log = new SharedLog("SCIM users", clientConfig, topic, this::apply, FETCH_MAX_WAIT);
		this.json = json;
	}

	/**
	 * The table once the topic has been read to its end; the service starts without Kafka
	 * and answers 503 until then, rather than serve a partial table.
	 */
	ScimUserTable table() {
		if (this.log.awaitLoaded(Duration.ofSeconds(15))) {
			return this.table;
		}
		throw new ScimException(503, null, "SCIM users are still loading; retry later");
	}

	void save(ScimUser user) {
		ObjectNode value = this.json.createObjectNode().put("employeeId", user.employeeId());
		value.set("resource", user.resource());
		String record = this.json.writeValueAsString(value);
		// far below the broker's record limit: a directory user is a few kilobytes
		if (record.length() > MAX_RESOURCE_CHARS) {
			throw new ScimException(413, null, "The SCIM user is larger than " + MAX_RESOURCE_CHARS + " characters");
		}
		write(user.id(), record);
		this.table.put(user);
	}

	void delete(String id) {
		write(id, null);
		this.table.remove(id);
	}

	private void write(String id, String value) {
		try {
			long offset = this.log.send(id, value).get(15, TimeUnit.SECONDS).offset();
			this.ownWrites.merge(id, offset, Math::max);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new ScimException(503, null, "Could not store the SCIM user; retry later");
		}
	}

	private void apply(ConsumerRecord<String, String> record) {
		if (this.ownWrites.getOrDefault(record.key(), -1L) > record.offset()) {
			return;
		}
		if (record.value() == null) {
			this.table.remove(record.key());
			return;
		}
		var value = this.json.readTree(record.value());
		this.table
			.put(new ScimUser(record.key(), value.path("employeeId").asString(), (ObjectNode) value.path("resource")));
	}

	@Override
	public void start() {
		this.log.start();
	}

	@Override
	public void stop() {
		this.log.stop();
	}

	@Override
	public boolean isRunning() {
		return this.log.isRunning();
	}

}
