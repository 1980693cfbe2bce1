package dev.dialtone.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalPlatformTests {

	@Test
	void brokerListensOnLoopbackOnlyAndRoundTripsRecords() throws Exception {
		LocalPlatform platform = LocalPlatform.shared();
		platform.createTopics("platform-roundtrip:3");
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
			assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).extracting(Node::host)
				.containsOnly("127.0.0.1");
		}
		send(platform.bootstrapServers(), "platform-roundtrip", "E1", "hello");
		assertThat(readAll(platform.bootstrapServers(), "platform-roundtrip", 1)).containsExactly("hello");
	}

	@Test
	void registryEnforcesBackwardCompatibilityLikeConfluent() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> config = http.send(
				HttpRequest.newBuilder(URI.create(LocalPlatform.shared().registryUrl() + "/config")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(config.body()).contains("BACKWARD");
	}

	@Test
	void stoppedBrokerComesBackWithItsData() {
		try (KafkaBroker broker = KafkaBroker.start()) {
			send(broker.bootstrapServers(), "survives-restart", "E2", "before");
			broker.restart();
			send(broker.bootstrapServers(), "survives-restart", "E2", "after");
			assertThat(readAll(broker.bootstrapServers(), "survives-restart", 2)).containsExactly("before", "after");
		}
	}

	private static void send(String bootstrap, String topic, String key, String value) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> readAll(String bootstrap, String topic, int expected) {
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
						"platform-tests-" + System.nanoTime(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
						ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
				return values.size() >= expected;
			});
		}
		return values;
	}

}
