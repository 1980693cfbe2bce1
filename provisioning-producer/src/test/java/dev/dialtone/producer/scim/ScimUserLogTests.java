package dev.dialtone.producer.scim;

import java.util.Map;
import java.util.UUID;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.contracts.topics.TopicCreation;
import dev.dialtone.platform.LocalPlatform;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SCIM id → employee id mapping outlives the process: a new instance rebuilds it from
 * the compacted topic.
 */
class ScimUserLogTests {

	final JsonMapper json = JsonMapper.builder().build();

	final String topic = "test.scim-log." + UUID.randomUUID();

	ScimUserLog start() {
		ScimUserLog log = new ScimUserLog(Map.of("bootstrap.servers", LocalPlatform.shared().bootstrapServers()),
				TopicCreation.brokerDefaults().newTopic(DialtoneTopic.SCIM_USERS, this.topic), this.json);
		log.start();
		return log;
	}

	ObjectNode resource(String userName) {
		return this.json.createObjectNode().put("userName", userName).put("active", true);
	}

	@Test
	void shouldRebuildTheMappingFromTheTopicAfterARestart() {
		ScimUserLog first = start();
		first.save(new ScimUser("id-1", "E1", resource("ada@corp.example")));
		first.save(new ScimUser("id-2", "E2", resource("grace@corp.example")));
		first.save(new ScimUser("id-1", "E1", resource("ada.lovelace@corp.example")));
		first.delete("id-2");
		first.stop();

		ScimUserLog second = start();
		try {
			assertThat(second.table().all()).extracting(ScimUser::id, ScimUser::employeeId, ScimUser::userName)
				.containsExactly(Tuple.tuple("id-1", "E1", "ada.lovelace@corp.example"));
		}
		finally {
			second.stop();
		}
	}

}
