package dev.dialtone.local;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.contracts.topics.TopicCreation;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the catalogue's topics before the services start, with the catalogue's
 * partitions and cleanup policy, so the tally can subscribe from the first record and no
 * topic is auto-created with the broker's defaults. Existing topics are left alone.
 */
final class CatalogueTopics {

	private CatalogueTopics() {
	}

	static void create(String bootstrapServers) {
		List<NewTopic> topics = Arrays.stream(DialtoneTopic.values())
			.filter((topic) -> !topic.isFamily())
			.map((topic) -> TopicCreation.brokerDefaults().newTopic(topic, topic.defaultName()))
			.toList();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(topics).values().forEach((name, created) -> {
				try {
					created.get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException("Could not create topic " + name, ex.getCause());
					}
				}
				catch (TimeoutException ex) {
					throw new IllegalStateException("Timed out creating topic " + name, ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			});
		}
	}

}
