package dev.dialtone.platform;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Reads how topics are laid out on a cluster: partitions, replicas and the topic
 * configuration. On a cluster of several brokers a topic that one broker already knows
 * can still be unknown to the broker the admin client asks next (each applies the
 * controller's metadata log on its own), so a read answered with a retriable error is
 * asked again until the timeout rather than reported as missing.
 */
public final class TopicLayouts {

	private static final Duration PAUSE = Duration.ofMillis(250);

	private TopicLayouts() {
	}

	/** One topic as the cluster describes it. */
	public record TopicLayout(TopicDescription description, Config config) {

		public int partitions() {
			return this.description.partitions().size();
		}

		/** The fewest replicas any partition of the topic has. */
		public int fewestReplicas() {
			return this.description.partitions()
				.stream()
				.mapToInt((partition) -> partition.replicas().size())
				.min()
				.orElse(0);
		}

		/** A topic-level setting, such as {@code min.insync.replicas}. */
		public String setting(String name) {
			return this.config.get(name).value();
		}

	}

	/**
	 * Describes every named topic once the cluster answers for all of them, retrying
	 * retriable errors (a topic not yet known to the broker asked) until {@code timeout}.
	 */
	public static Map<String, TopicLayout> describe(Admin admin, Collection<String> topics, Duration timeout)
			throws InterruptedException, TimeoutException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			try {
				return describeOnce(admin, topics);
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
					throw new IllegalStateException("could not describe topics " + topics, ex.getCause());
				}
				Thread.sleep(PAUSE.toMillis());
			}
		}
	}

	private static Map<String, TopicLayout> describeOnce(Admin admin, Collection<String> topics)
			throws InterruptedException, ExecutionException, TimeoutException {
		Map<String, TopicDescription> descriptions = admin.describeTopics(topics)
			.allTopicNames()
			.get(30, TimeUnit.SECONDS);
		Map<ConfigResource, Config> configs = admin
			.describeConfigs(
					topics.stream().map((name) -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList())
			.all()
			.get(30, TimeUnit.SECONDS);
		Map<String, TopicLayout> layouts = new LinkedHashMap<>();
		for (String name : topics) {
			layouts.put(name, new TopicLayout(descriptions.get(name),
					configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name))));
		}
		return layouts;
	}

}
