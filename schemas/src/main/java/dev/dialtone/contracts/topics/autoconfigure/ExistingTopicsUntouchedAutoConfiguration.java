package dev.dialtone.contracts.topics.autoconfigure;

import dev.dialtone.contracts.topics.MissingTopicsOnly;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * In every Dialtone service: Spring's {@link KafkaAdmin} creates the missing topics a
 * service declares but would also add partitions to an existing topic with fewer than
 * requested; Dialtone only creates, never changes an operator's topic (see
 * {@link MissingTopicsOnly}).
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
public class ExistingTopicsUntouchedAutoConfiguration {

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
