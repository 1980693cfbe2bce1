package dev.dialtone.producer.scim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the SCIM user topic's partitions, creating it (compacted, as the catalogue says)
 * if start-up ran while Kafka was away.
 */
final class ScimUserTopic {

	private static final Logger log = LoggerFactory.getLogger(ScimUserTopic.class);

	private ScimUserTopic() {
	}

	static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, Map<String, Object> clientConfig,
			NewTopic creation, BooleanSupplier running) {
		String topic = creation.name();
		while (running.getAsBoolean()) {
			try {
				var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
				if (!infos.isEmpty()) {
					return infos.stream().map((info) -> new TopicPartition(topic, info.partition())).toList();
				}
				create(clientConfig, creation);
			}
			catch (KafkaException ex) {
				log.warn("Waiting for Kafka to read the SCIM user topic {}: {}", topic, ex.toString());
			}
		}
		return List.of();
	}

	private static void create(Map<String, Object> clientConfig, NewTopic creation) {
		try (Admin admin = Admin.create(clientConfig)) {
			admin.createTopics(List.of(creation)).all().get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			log.debug("Creating {} did not succeed (it may exist already): {}", creation.name(), ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
