package dev.dialtone.worker.topic;

import dev.dialtone.contracts.topics.MissingTopicsOnly;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Spring's {@link KafkaAdmin} creates missing topics but also adds partitions to an
 * existing topic with fewer than requested; Dialtone only creates, never changes an
 * operator's topic (see {@link MissingTopicsOnly}).
 */
@Configuration(proxyBeanMethods = false)
class ExistingTopicsUntouched {

	@Bean
	static BeanPostProcessor createMissingTopicsOnly() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof KafkaAdmin admin) {
					admin.setCreateOrModifyTopic(new MissingTopicsOnly(admin.getConfigurationProperties()));
				}
				return bean;
			}
		};
	}

}
