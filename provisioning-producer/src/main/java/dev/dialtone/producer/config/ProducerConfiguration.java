package dev.dialtone.producer.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every feature shares: the clock (one bean, so tests and the replay window agree on
 * "now"). Each feature wires its own pieces in its own configuration class.
 */
@Configuration(proxyBeanMethods = false)
class ProducerConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
