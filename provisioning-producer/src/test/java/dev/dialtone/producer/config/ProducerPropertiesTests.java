package dev.dialtone.producer.config;

import java.time.Duration;
import java.util.Map;

import dev.dialtone.contracts.topics.DialtoneTopic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The defaults live in the record; the yml's placeholders bind as the README says. */
@Tag("fast")
class ProducerPropertiesTests {

	static ProducerProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("dialtone.producer",
				ProducerProperties.class);
	}

	@Test
	void shouldDefaultTopicNamesFromTheCatalogue() {
		ProducerProperties properties = bind(Map.of());

		assertThat(properties.topic()).isEqualTo(DialtoneTopic.IDENTITY_EVENTS.defaultName());
		assertThat(properties.scimUsersTopic()).isEqualTo(DialtoneTopic.SCIM_USERS.defaultName());
	}

	@Test
	void shouldHoldEveryDefaultOnce() {
		ProducerProperties properties = bind(Map.of());

		assertThat(properties.siteCodes()).containsExactly("NYC");
		assertThat(properties.replayWindow()).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.idempotencyWindow()).isEqualTo(Duration.ofHours(24));
		assertThat(properties.idempotencyMaxIds()).isEqualTo(200_000);
		assertThat(properties.publishTimeout()).isEqualTo(Duration.ofSeconds(15));
		assertThat(properties.retryAfter()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void shouldLeaveReplicationToTheBrokerWhenThePlaceholdersAreEmpty() {
		ProducerProperties properties = bind(Map.of("dialtone.producer.topic-creation.replication-factor", "",
				"dialtone.producer.topic-creation.min-insync-replicas", ""));

		assertThat(properties.topicCreation().replicationFactor()).isNull();
		assertThat(properties.topicCreation().minInsyncReplicas()).isNull();
	}

	@Test
	void shouldLeaveReplicationToTheBrokerWhenNothingIsSet() {
		ProducerProperties properties = bind(Map.of());

		assertThat(properties.topicCreation().replicationFactor()).isNull();
		assertThat(properties.topicCreation().minInsyncReplicas()).isNull();
	}

	@Test
	void shouldBindAConfiguredReplicationFactorAndMinInsyncReplicas() {
		ProducerProperties properties = bind(Map.of("dialtone.producer.topic-creation.replication-factor", "3",
				"dialtone.producer.topic-creation.min-insync-replicas", "2"));

		assertThat(properties.topicCreation().replicationFactor()).isEqualTo((short) 3);
		assertThat(properties.topicCreation().minInsyncReplicas()).isEqualTo(2);
	}

}
