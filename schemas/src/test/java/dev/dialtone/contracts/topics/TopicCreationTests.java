package dev.dialtone.contracts.topics;

import dev.dialtone.contracts.PendingCause;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@Tag("fast")
class TopicCreationTests {

	@Test
	void brokerDefaultsLeaveReplicationAndMinInsyncToTheBroker() {
		NewTopic request = TopicCreation.brokerDefaults()
			.newTopic(DialtoneTopic.PENDING_ANOMALIES, "dialtone.pending-anomalies");

		assertThat(request.replicationFactor()).as("-1 asks the broker for default.replication.factor")
			.isEqualTo((short) -1);
		assertThat(request.numPartitions()).isEqualTo(12);
		assertThat(request.configs()).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "compact")
			.doesNotContainKey(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
	}

	@Test
	void configuredReplicationAndMinInsyncAreRequested() {
		NewTopic request = new TopicCreation((short) 3, 2).newTopic(DialtoneTopic.AUDIT, "x.audit", 6);

		assertThat(request.name()).isEqualTo("x.audit");
		assertThat(request.replicationFactor()).isEqualTo((short) 3);
		assertThat(request.numPartitions()).isEqualTo(6);
		assertThat(request.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2")
			.containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "delete");
	}

	@Test
	void nonsenseSettingsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TopicCreation((short) 0, null))
			.withMessageContaining("replicationFactor");
		assertThatIllegalArgumentException().isThrownBy(() -> new TopicCreation(null, 0))
			.withMessageContaining("minInsyncReplicas");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TopicCreation.brokerDefaults().newTopic(DialtoneTopic.AUDIT, "a", 0))
			.withMessageContaining("partitions");
	}

	@Test
	void ledgerIsCoPartitionedWithTheIdentityTopic() {
		assertThat(DialtoneTopic.WORKER_APPLIED_LEDGER.defaultPartitions())
			.isEqualTo(DialtoneTopic.IDENTITY_EVENTS.defaultPartitions());
	}

	@Test
	void routeNamesFollowTheAnomaliesTopic() {
		assertThat(DialtoneTopic.routeOf("dialtone.pending-anomalies", PendingCause.DOMAIN_NOT_VERIFIED))
			.isEqualTo("dialtone.pending-anomalies.domain-not-verified");
	}

}
