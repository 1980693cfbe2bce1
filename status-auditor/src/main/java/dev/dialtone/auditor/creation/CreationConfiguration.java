package dev.dialtone.auditor.creation;

import java.time.Clock;

import dev.dialtone.auditor.config.AuditorProperties;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.auditor.state.StateTopic;
import dev.dialtone.contracts.ZoomUserCreation;
import dev.dialtone.contracts.topics.DialtoneTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * How Zoom users were made: the recorder behind the {@code user.created} webhook, the
 * compacted topic it writes (created here like the auditor's other topics), and the
 * in-memory view every instance rebuilds from it.
 */
@Configuration(proxyBeanMethods = false)
class CreationConfiguration {

	@Bean
	ZoomUserCreations zoomUserCreations(AuditorProperties properties, Clock clock) {
		return new ZoomUserCreations(properties.sweep().creationMaxAge(), clock);
	}

	@Bean
	StateTopic zoomUserCreationsState(AuditorProperties properties, ZoomUserCreations creations) {
		return new StateTopic(properties.topics().zoomUserCreations(), (v) -> creations.apply((ZoomUserCreation) v));
	}

	@Bean
	KafkaAdmin.NewTopics zoomUserCreationsNewTopics(AuditorProperties properties) {
		return new KafkaAdmin.NewTopics(properties.topicCreation()
			.newTopic(DialtoneTopic.ZOOM_USER_CREATIONS, properties.topics().zoomUserCreations()));
	}

	@Bean
	CreationRecorder creationRecorder(Outbox outbox, AuditorProperties properties, ZoomUserCreations creations,
			Clock clock) {
		return new CreationRecorder(outbox, properties.topics().zoomUserCreations(), creations, clock);
	}

}
