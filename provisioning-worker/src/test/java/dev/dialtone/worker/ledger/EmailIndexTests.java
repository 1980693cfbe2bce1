package dev.dialtone.worker.ledger;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.worker.ledger.EmailOwners.Owner;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The email index against the real broker: an instance starting later reads all of it
 * before it takes an event, and a failed read is retried rather than leaving the index
 * behind.
 */
class EmailIndexTests {

	@Test
	void anInstanceStartingLaterReadsTheWholeIndexAndARetriedReadMissesNothing() {
		String topic = "email-index-tests.index";
		LocalPlatform platform = LocalPlatform.shared();
		platform.createTopics(topic + ":3");
		DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer());
		KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(producers);
		FailingFirstRead consumers = new FailingFirstRead(platform.bootstrapServers());
		EmailIndex writer = new EmailIndex(kafka, consumers, topic, Duration.ofSeconds(30));
		EmailIndex reader = new EmailIndex(kafka, consumers, topic, Duration.ofSeconds(30));
		try {
			writer.start();
			for (int i = 0; i < 40; i++) {
				writer.record("E" + i, "person" + i + "@example.com", "u_" + i).join();
			}
			// E0 changed email: the old one belongs to nobody any more
			writer.record("E0", "renamed0@example.com", "u_0").join();

			consumers.failNext();
			reader.start();

			assertThat(consumers.failures()).isEqualTo(1);
			assertThat(reader.ofEmail("PERSON39@example.com")).contains(new Owner("E39", "u_39"));
			assertThat(reader.ofZoomUser("u_17")).contains("E17");
			assertThat(reader.ofEmail("renamed0@example.com")).contains(new Owner("E0", "u_0"));
			assertThat(reader.ofEmail("person0@example.com")).isEmpty();

			writer.record("E40", "person40@example.com", "u_40").join();
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(
						() -> assertThat(reader.ofEmail("person40@example.com")).contains(new Owner("E40", "u_40")));
		}
		finally {
			reader.stop();
			writer.stop();
			producers.destroy();
		}
	}

	/**
	 * A real consumer factory whose next consumer fails as an unreachable broker would.
	 */
	private static final class FailingFirstRead extends DefaultKafkaConsumerFactory<String, byte[]> {

		private final AtomicInteger toFail = new AtomicInteger();

		private final AtomicInteger failed = new AtomicInteger();

		FailingFirstRead(String bootstrapServers) {
			super(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(),
					new ByteArrayDeserializer());
		}

		void failNext() {
			this.toFail.set(1);
		}

		int failures() {
			return this.failed.get();
		}

		@Override
		public Consumer<String, byte[]> createConsumer(String groupId, String clientIdPrefix, String clientIdSuffix,
				Properties properties) {
			if (this.toFail.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				this.failed.incrementAndGet();
				throw new KafkaException("Failed to construct kafka consumer: broker not reachable");
			}
			return super.createConsumer(groupId, clientIdPrefix, clientIdSuffix, properties);
		}

	}

}
