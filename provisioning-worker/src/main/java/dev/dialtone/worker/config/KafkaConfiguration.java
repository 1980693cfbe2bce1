package dev.dialtone.worker.config;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.dialtone.worker.deadletter.DeadLetterEndpoint;
import dev.dialtone.worker.deadletter.DeadLetterRedriver;
import dev.dialtone.worker.deadletter.DeadLetters;
import dev.dialtone.worker.intake.OffsetCommitter;
import dev.dialtone.worker.ledger.AppliedLedger;
import dev.dialtone.worker.ledger.LedgerLoadingRebalanceListener;
import dev.dialtone.worker.ratelimit.BudgetShareRebalanceListener;
import dev.dialtone.worker.ratelimit.PartitionOwnership;
import dev.dialtone.zoom.client.ZoomClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring that properties cannot express: the raw-bytes template for dead letters,
 * the recoverer, the batch error handler, and the rebalance listener that sets the Zoom
 * budget share (Boot applies both to the listener container factory).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	/**
	 * Avro values (outcomes, deferrals, unknown-type dead letters); declared here since
	 * Boot's backs off.
	 */
	@Bean
	KafkaTemplate<Object, Object> kafkaTemplate(ProducerFactory<Object, Object> producerFactory) {
		return new KafkaTemplate<>(producerFactory);
	}

	@Bean
	KafkaTemplate<String, byte[]> bytesKafkaTemplate(ProducerFactory<Object, Object> producerFactory) {
		Map<String, Object> bytes = Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		ProducerFactory<String, byte[]> factory = (ProducerFactory) producerFactory
			.copyWithConfigurationOverride(bytes);
		return new KafkaTemplate<>(factory);
	}

	@Bean
	DeadLetters deadLetters(KafkaTemplate<String, byte[]> bytesKafkaTemplate,
			KafkaTemplate<Object, Object> kafkaTemplate, WorkerProperties properties) {
		// poison records carry their original bytes; unknown types are records the Avro
		// serializer writes back as-is
		Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
		templates.put(byte[].class, bytesKafkaTemplate);
		templates.put(Object.class, kafkaTemplate);
		return new DeadLetters(
				new DeadLetterPublishingRecoverer(templates, DeadLetters.to(properties.topics().identityDlt())));
	}

	/**
	 * Only whole-batch failures reach here (the broker refused an outcome): the batch is
	 * retried with back-off, never dead-lettered, since the events themselves are fine.
	 */
	@Bean
	CommonErrorHandler batchErrorHandler() {
		ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
		backOff.setMaxInterval(30_000);
		return new DefaultErrorHandler((record, ex) -> {
			throw new IllegalStateException("batch retries exhausted", ex);
		}, backOff);
	}

	@Bean
	PartitionOwnership partitionOwnership(WorkerProperties properties) {
		return new PartitionOwnership(properties.topics().identity(), properties.identityPartitions());
	}

	@Bean
	AppliedLedger appliedLedger(KafkaTemplate<String, byte[]> bytesKafkaTemplate, WorkerProperties properties) {
		return new AppliedLedger(bytesKafkaTemplate, properties.topics().ledger());
	}

	@Bean
	LedgerLoadingRebalanceListener rebalanceListener(PartitionOwnership ownership, ZoomClient zoom,
			WorkerProperties properties, MeterRegistry meters, AppliedLedger ledger,
			ConsumerFactory<Object, Object> consumerFactory, OffsetCommitter committer) {
		Gauge.builder("dialtone.worker.partitions.owned", ownership, PartitionOwnership::ownedCount)
			.description("Identity partitions this instance owns")
			.register(meters);
		Gauge.builder("dialtone.worker.budget.share", zoom, (client) -> client.rateBudget().share())
			.description("Share of the Zoom account budget this instance may spend")
			.register(meters);
		BudgetShareRebalanceListener share = new BudgetShareRebalanceListener(ownership, zoom.rateBudget(),
				properties.topics().identity());
		return new LedgerLoadingRebalanceListener(share, ledger, consumerFactory, properties.topics().identity(),
				committer);
	}

	@Bean
	DeadLetterRedriver deadLetterRedriver(ConsumerFactory<Object, Object> consumerFactory,
			KafkaTemplate<String, byte[]> bytesKafkaTemplate, WorkerProperties properties) {
		return new DeadLetterRedriver(consumerFactory, bytesKafkaTemplate, properties.topics().identityDlt(),
				properties.topics().identity(), properties.topics().groupId() + "-redrive");
	}

	@Bean
	DeadLetterEndpoint deadLetterEndpoint(DeadLetterRedriver redriver) {
		return new DeadLetterEndpoint(redriver);
	}

}
