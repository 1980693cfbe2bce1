package dev.dialtone.producer.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class IdempotencyStoreTests {

	final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T08:00:00Z"));

	final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return IdempotencyStoreTests.this.now.get();
		}
	};

	@Test
	void shouldForgetIdsAfterTheWindow() {
		IdempotencyStore store = new IdempotencyStore(Duration.ofHours(1), 100, this.clock);
		store.remember("a");

		this.now.set(this.now.get().plus(Duration.ofMinutes(59)));
		boolean insideWindow = store.contains("a");
		this.now.set(this.now.get().plus(Duration.ofMinutes(2)));

		assertThat(insideWindow).isTrue();
		assertThat(store.contains("a")).isFalse();
	}

	@Test
	void shouldForgetTheOldestIdsBeyondItsBound() {
		IdempotencyStore store = new IdempotencyStore(Duration.ofHours(1), 2, this.clock);

		store.remember("a");
		store.remember("b");
		store.remember("c");

		assertThat(store.contains("a")).isFalse();
		assertThat(store.contains("b")).isTrue();
		assertThat(store.contains("c")).isTrue();
	}

}
