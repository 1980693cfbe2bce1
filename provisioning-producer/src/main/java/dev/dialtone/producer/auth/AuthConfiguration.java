package dev.dialtone.producer.auth;

import java.time.Clock;

import dev.dialtone.producer.config.ProducerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

	@Bean
	SourceAuthenticator sourceAuthenticator(ProducerProperties properties, Clock clock) {
		return new SourceAuthenticator(properties.sources(), properties.replayWindow(), clock);
	}

}
