package dev.dialtone.local;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.dialtone.contracts.AnomalyKind;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.topics.DialtoneTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline over the real broker, registry and Zoom simulator, each service
 * running from its executable jar: HR event in over HTTP, Zoom provisioned, outcome out,
 * pending user classified.
 */
class PipelineEndToEndTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static RunningStack running;

	private static LocalStack stack;

	private static PipelineTally tally;

	@BeforeAll
	static void startStack() {
		running = RunningStack.start("e2e-logs", DemoSettings.options());
		stack = running.stack();
		tally = running.tally();
	}

	@AfterAll
	static void stopStack() {
		if (running != null) {
			running.close();
		}
	}

	@Test
	void activeHireEndsPhoneReadyAndPendingHireIsClassifiedAsDomainNotVerified() {
		ProducerApi producer = running.producer();
		String active = producer.submit(hire("E900001", "skeleton.active@corp.example"));
		String pending = producer.submit(hire("E900002", "skeleton.pending@acquired.example"));

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			assertThat(tally.outcome(active)).isNotNull();
			assertThat(tally.outcome(pending)).isNotNull();
			assertThat(tally.anomaly("E900002")).isNotNull();
		});
		ProvisioningOutcome ready = tally.outcome(active);
		assertThat(ready.getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(ready.getZoomStatus()).isEqualTo("active");
		assertThat(ready.getLoginTypes()).contains(101);
		ProvisioningOutcome stuck = tally.outcome(pending);
		assertThat(stuck.getFinalState()).isEqualTo(FinalState.PENDING);
		PendingAnomaly anomaly = tally.anomaly("E900002");
		assertThat(anomaly.getKind()).isEqualTo(AnomalyKind.PENDING_AFTER_CREATE);
		assertThat(anomaly.getCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(anomaly.getEmailDomain()).isEqualTo("acquired.example");
		assertThat(anomaly.getRemediationSteps()).isNotEmpty();
	}

	@Test
	void noSecretReachesAServiceOnItsCommandLine() throws Exception {
		List<String> secrets = List.of(LocalStack.PRODUCER_TOKEN, LocalStack.WEBHOOK_SECRET,
				LocalRun.demoSeed().credentials().clientSecret(), stack.signIn().operatorPassword());
		for (ServiceProcess service : List.of(stack.simulator(), stack.producer(), stack.worker(), stack.auditor())) {
			// what any local user can read of another user's process
			String commandLine = Files.readString(Path.of("/proc", Long.toString(service.pid()), "cmdline"))
				.replace('\0', ' ');
			assertThat(commandLine).as(service.name()).contains("-jar");
			secrets.forEach((secret) -> assertThat(commandLine).as(service.name()).doesNotContain(secret));
		}
	}

	@Test
	void poisonRecordOnTheIdentityTopicIsDeadLetteredWithItsOrigin() throws Exception {
		String bootstrap = stack.platform().bootstrapServers();
		try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
				new ByteArraySerializer())) {
			raw.send(new ProducerRecord<>(DialtoneTopic.IDENTITY_EVENTS.defaultName(), "E-POISON",
					"{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8)))
				.get(10, TimeUnit.SECONDS);
		}
		List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
						"e2e-dlt-" + System.nanoTime(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(DialtoneTopic.IDENTITY_EVENTS_DLT.defaultName()));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(r -> {
					if ("E-POISON".equals(r.key())) {
						dead.add(r);
					}
				});
				return !dead.isEmpty();
			});
		}
		ConsumerRecord<String, byte[]> record = dead.get(0);
		assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\":\"avro\"}");
		assertThat(new String(record.headers().lastHeader("kafka_dlt-original-topic").value(), StandardCharsets.UTF_8))
			.isEqualTo(DialtoneTopic.IDENTITY_EVENTS.defaultName());
		assertThat(record.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
	}

	@Test
	void bundledSampleProvisionsThroughTheWholePipelineAndEveryPendingHireIsClassified() {
		RunSummary summary = LocalRun.provision(stack, LocalRun.bundledSample(),
				new PrintStream(OutputStream.nullOutputStream()), Instant.now());

		assertThat(summary.withOutcome()).isEqualTo(summary.submitted()).isEqualTo(230);
		assertThat(summary.count("active, phone ready")).isEqualTo(197);
		assertThat(summary.count("pending: EXISTING_PERSONAL_ACCOUNT")).isEqualTo(3);
		assertThat(summary.count("pending: DOMAIN_NOT_VERIFIED")).isEqualTo(30);
	}

	private static JsonNode hire(String employeeId, String email) {
		return JSON.readTree("""
				{"type":"HIRE","occurredAt":"2026-11-30T08:00:00Z","person":{"employeeId":"%s","workEmail":"%s",
				 "firstName":"Skeleton","lastName":"Hire","siteCode":"NYC",
				 "phone":{"extension":"allocate","callingPlanType":200,"number":"allocate"}}}
				""".formatted(employeeId, email));
	}

}
