package dev.dialtone.contracts.topics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.dialtone.platform.LocalPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MissingTopicsOnlyTests {

	@Test
	void passesOnlyTopicsTheClusterDoesNotHave() throws Exception {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				LocalPlatform.shared().bootstrapServers());
		try (Admin admin = Admin.create(config)) {
			admin.createTopics(List.of(new NewTopic("operator-made", Optional.of(3), Optional.empty())))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
		MissingTopicsOnly filter = new MissingTopicsOnly(config);

		assertThat(filter.test(new NewTopic("operator-made", Optional.of(12), Optional.empty())))
			.as("an existing topic is never re-partitioned")
			.isFalse();
		assertThat(filter.test(new NewTopic("not-there-yet", Optional.of(12), Optional.empty()))).isTrue();
	}

	@Test
	void letsEverythingThroughWhenTheClusterCannotBeAsked() {
		MissingTopicsOnly filter = new MissingTopicsOnly(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				"127.0.0.1:1", AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000));

		assertThat(filter.test(new NewTopic("anything", Optional.of(1), Optional.empty()))).isTrue();
	}

}
