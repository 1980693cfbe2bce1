package dev.dialtone.contracts.topics.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.dialtone.platform.LocalPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

import static org.assertj.core.api.Assertions.assertThat;

class ExistingTopicsUntouchedAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ExistingTopicsUntouchedAutoConfiguration.class))
		.withUserConfiguration(Topics.class);

	@Test
	void anExistingTopicKeepsItsPartitionsAndAMissingOneIsCreated() throws Exception {
		String bootstrap = LocalPlatform.shared().bootstrapServers();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic("kept-at-two", Optional.of(2), Optional.empty())))
				.all()
				.get(30, TimeUnit.SECONDS);

			this.runner.withPropertyValues("bootstrap=" + bootstrap).run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(admin.describeTopics(List.of("kept-at-two", "created-missing"))
					.allTopicNames()
					.get(30, TimeUnit.SECONDS))
					.hasEntrySatisfying("kept-at-two",
							(topic) -> assertThat(topic.partitions()).as("not re-partitioned").hasSize(2))
					.hasEntrySatisfying("created-missing", (topic) -> assertThat(topic.partitions()).hasSize(6));
			});
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Topics {

		@Bean
		KafkaAdmin kafkaAdmin(Environment environment) {
			return new KafkaAdmin(
					Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, environment.getProperty("bootstrap")));
		}

		@Bean
		NewTopic keptAtTwo() {
			return new NewTopic("kept-at-two", 12, (short) 1);
		}

		@Bean
		NewTopic createdMissing() {
			return new NewTopic("created-missing", 6, (short) 1);
		}

	}

}
