package dev.dialtone.worker.topic;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.worker.config.WorkerProperties;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics the worker writes (per the {@link DialtoneTopic} catalogue), created on
 * start-up when missing with the catalogue's partitions and cleanup policy; replication
 * and {@code min.insync.replicas} stay the broker's unless configured. Existing topics
 * are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

	@Bean
	NewTopic identityTopic(WorkerProperties properties) {
		return create(properties, DialtoneTopic.IDENTITY_EVENTS, properties.topics().identity());
	}

	@Bean
	NewTopic identityDeadLetterTopic(WorkerProperties properties) {
		return create(properties, DialtoneTopic.IDENTITY_EVENTS_DLT, properties.topics().identityDlt());
	}

	@Bean
	NewTopic deferredTopic(WorkerProperties properties) {
		return create(properties, DialtoneTopic.IDENTITY_EVENTS_DEFERRED, properties.topics().deferred());
	}

	@Bean
	NewTopic ledgerTopic(WorkerProperties properties) {
		return create(properties, DialtoneTopic.WORKER_APPLIED_LEDGER, properties.topics().ledger());
	}

	/** The email index: few partitions, since every instance reads all of it. */
	@Bean
	NewTopic emailIndexTopic(WorkerProperties properties) {
		return properties.topicCreation().newTopic(DialtoneTopic.WORKER_EMAIL_INDEX, properties.topics().emailIndex());
	}

	@Bean
	NewTopic outcomesTopic(WorkerProperties properties) {
		return create(properties, DialtoneTopic.PROVISIONING_OUTCOMES, properties.topics().outcomes());
	}

	private static NewTopic create(WorkerProperties properties, DialtoneTopic topic, String name) {
		return properties.topicCreation().newTopic(topic, name);
	}

}
