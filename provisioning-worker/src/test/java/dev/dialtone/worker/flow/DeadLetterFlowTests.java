package dev.dialtone.worker.flow;

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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadLetterFlowTests extends FlowTestBase {

	@Autowired
	DeadLetterRedriver redriver;

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
				consumer.poll(Duration.ofMillis(200)).forEach(dlt::add);
				return dlt.size() >= 2;
			});
			assertThat(dlt).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("D-1", "D-2");
			ConsumerRecord<String, byte[]> poisoned = dlt.stream()
				.filter((r) -> r.key().equals("D-1"))
				.findFirst()
				.get();
			assertThat(poisoned.value()).isEqualTo(poison);
			assertThat(header(poisoned, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(PREFIX + ".identity");
			assertThat(poisoned.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET)).isNotNull();
			assertThat(poisoned.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotNull();
			// the employee's later event is not blocked by the poison record
			assertThat(outcomeOf(afterwards).getFinalState().name()).isEqualTo("ACTIVE_PHONE_READY");
			assertThat(pipeline.outcome(unknown.getEventId())).isEmpty();

			assertThat(this.redriver.redrive()).isEqualTo(2);

			// still undeliverable after the re-drive (no fix deployed), so both are
			// dead-lettered again, not lost
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(dlt::add);
				return dlt.size() >= 4;
			});
			assertThat(this.redriver.redrive()).isEqualTo(2);
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
