package dev.dialtone.auditor.config;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every feature reads, so tests and decisions agree on "now".
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		// millisecond ticks: Avro timestamps are millis, so ledger copies compare equal
		// to what the topic returns
		return Clock.tickMillis(ZoneOffset.UTC);
	}

}
