package dev.dialtone.producer.ownership;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dialtone.producer.sharedlog.SharedLog;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.context.SmartLifecycle;

/**
 * Employee id → the source that introduced the employee, kept in a compacted topic (key
 * employee id, value source name) that every instance reads to its end at start-up and
 * keeps tailing. The first recorded source wins: a claim is never overwritten by this
 * class, and a tailed record never replaces an owner already known.
 */
class EmployeeSources implements SmartLifecycle {

	private static final Duration FETCH_MAX_WAIT = Duration.ofMillis(500);

	private final Map<String, String> owners = new ConcurrentHashMap<>();

	private final SharedLog log;

	EmployeeSources(Map<String, Object> clientConfig, NewTopic topic) {
		this.log = new SharedLog("employee sources", clientConfig, topic, this::apply, FETCH_MAX_WAIT);
	}

	/** The introducing source, or null for an employee no source has introduced yet. */
	String owner(String employeeId) {
		if (!this.log.awaitLoaded(Duration.ofSeconds(15))) {
			throw new OwnershipUnavailableException("employee sources are still loading", null);
		}
		return this.owners.get(employeeId);
	}

	/**
	 * Records the source for each employee and returns once the broker acknowledged every
	 * record, so no instance that has read the topic lets another source act on them.
	 */
	void claim(Map<String, String> employeeToSource) {
		List<CompletableFuture<?>> sends = new ArrayList<>();
		employeeToSource.forEach((employee, source) -> sends.add(this.log.send(employee, source)));
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(15, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new OwnershipUnavailableException("Kafka did not acknowledge the employee sources", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OwnershipUnavailableException("interrupted", ex);
		}
		employeeToSource.forEach(this.owners::putIfAbsent);
	}

	private void apply(ConsumerRecord<String, String> record) {
		if (record.value() != null) {
			this.owners.putIfAbsent(record.key(), record.value());
		}
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
