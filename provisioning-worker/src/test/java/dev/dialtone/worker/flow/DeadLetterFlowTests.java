package dev.dialtone.worker.flow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.worker.deadletter.DeadLetterRedriver;
import dev.dialtone.worker.support.Events;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadLetterFlowTests extends FlowTestBase {

	@Autowired
	DeadLetterRedriver redriver;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Test
	void poisonRecordsAndUnknownTypesGoToTheDeadLetterTopicAndCanBeRedriven() {
		byte[] poison = "not avro at all".getBytes(StandardCharsets.UTF_8);
		pipeline.publishRaw("D-1", poison);
		IdentityEvent unknown = Events.event(EventType.UNKNOWN, Events.person("D-2", "dead.two@corp.example").build());
		pipeline.publish(unknown);
		IdentityEvent afterwards = pipeline.publish(Events.hire("D-1", "dead.one@corp.example"));

		List<ConsumerRecord<String, byte[]>> dlt = new CopyOnWriteArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = dltConsumer()) {
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((r) -> {
					// other flow classes share the topic (a missing-scope hire is
					// dead-lettered too)
					if (r.key().startsWith("D-")) {
						dlt.add(r);
					}
				});
				return dlt.size() >= 2;
			});
			assertThat(dlt).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("D-1", "D-2");
			ConsumerRecord<String, byte[]> poisoned = dlt.stream()
				.filter((r) -> r.key().equals("D-1"))
				.findFirst()
				.get();
			assertThat(poisoned.value()).isEqualTo(poison);
			assertThat(header(poisoned, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(PREFIX + ".identity");
			// Spring's binary encoding: int partition, long offset, UTF-8 group id
			int partition = ByteBuffer.wrap(bytes(poisoned, KafkaHeaders.DLT_ORIGINAL_PARTITION)).getInt();
			long offset = ByteBuffer.wrap(bytes(poisoned, KafkaHeaders.DLT_ORIGINAL_OFFSET)).getLong();
			assertThat(header(poisoned, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)).isEqualTo(PREFIX + "-worker");
			assertThat(originalValue(PREFIX + ".identity", partition, offset)).isEqualTo(poison);
			assertThat(poisoned.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotNull();
			// the employee's later event is not blocked by the poison record
			assertThat(outcomeOf(afterwards).getFinalState().name()).isEqualTo("ACTIVE_PHONE_READY");
			assertThat(pipeline.outcome(unknown.getEventId())).isEmpty();

			assertThat(this.redriver.redrive()).isEqualTo(2);

			// still undeliverable after the re-drive (no fix deployed), so both are
			// dead-lettered again, not lost
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((r) -> {
					// other flow classes share the topic (a missing-scope hire is
					// dead-lettered too)
					if (r.key().startsWith("D-")) {
						dlt.add(r);
					}
				});
				return dlt.size() >= 4;
			});
			// the re-driven copy went back to the identity topic: a new record there,
			// dead-lettered again with its new origin
			ConsumerRecord<String, byte[]> again = dlt.stream()
				.filter((r) -> r.key().equals("D-1"))
				.reduce((first, second) -> second)
				.get();
			assertThat(header(again, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(PREFIX + ".identity");
			assertThat(ByteBuffer.wrap(bytes(again, KafkaHeaders.DLT_ORIGINAL_OFFSET)).getLong()).isGreaterThan(offset);
			assertThat(again.value()).isEqualTo(poison);
			assertThat(this.redriver.redrive()).isEqualTo(2);
		}
	}

	@Test
	void theListenerContainerTakesItsIdGroupAndTopicFromTheBoundProperties() {
		MessageListenerContainer container = this.listeners.getListenerContainer(PREFIX + "-listener");

		assertThat(container).isNotNull();
		assertThat(container.getGroupId()).isEqualTo(PREFIX + "-worker");
		assertThat(container.getContainerProperties().getTopics()).containsExactly(PREFIX + ".identity");
	}

	private static byte[] bytes(ConsumerRecord<?, ?> record, String name) {
		return record.headers().lastHeader(name).value();
	}

	private static byte[] originalValue(String topic, int partition, long offset) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.shared().bootstrapServers()),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			TopicPartition tp = new TopicPartition(topic, partition);
			consumer.assign(List.of(tp));
			consumer.seek(tp, offset);
			return await().atMost(Duration.ofSeconds(10))
				.until(() -> consumer.poll(Duration.ofMillis(200)).records(tp), (records) -> !records.isEmpty())
				.get(0)
				.value();
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private static KafkaConsumer<String, byte[]> dltConsumer() {
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				LocalPlatform.shared().bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "dlt-test",
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
				new ByteArrayDeserializer());
		consumer.subscribe(List.of(PREFIX + ".identity-dlt"));
		return consumer;
	}

}
