package dev.dialtone.contracts.topics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Lets a topic-creation request through only when the topic does not exist yet. Spring
 * Kafka's {@code KafkaAdmin} otherwise adds partitions to an existing topic that has
 * fewer than requested, which moves keys to other partitions (per-employee order and the
 * ledger's co-partitioning would break) — an operator's topic is never changed by
 * Dialtone. Set it with {@code KafkaAdmin.setCreateOrModifyTopic}.
 * <p>
 * When the cluster cannot be asked, every request passes, and creation fails or succeeds
 * as it would have without this filter.
 */
public final class MissingTopicsOnly implements Predicate<NewTopic> {

	private static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private final Map<String, Object> adminConfig;

	private Set<String> existing;

	private Instant listedAt = Instant.MIN;

	public MissingTopicsOnly(Map<String, Object> adminConfig) {
		this.adminConfig = Map.copyOf(adminConfig);
	}

	@Override
	public boolean test(NewTopic topic) {
		return !existing().contains(topic.name());
	}

	private synchronized Set<String> existing() {
		Instant now = Instant.now();
		if (this.existing == null || this.listedAt.plus(FRESH_FOR).isBefore(now)) {
			this.existing = list();
			this.listedAt = now;
		}
		return this.existing;
	}

	private Set<String> list() {
		try (Admin admin = Admin.create(this.adminConfig)) {
			return admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			return Set.of();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Set.of();
		}
	}

}
