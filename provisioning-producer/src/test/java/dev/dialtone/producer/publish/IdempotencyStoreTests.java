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

	@Test
	void shouldCountTheWindowFromWhenAnIdReadBackWasAccepted() {
		IdempotencyStore store = new IdempotencyStore(Duration.ofHours(1), 100, this.clock);
		long now = this.now.get().toEpochMilli();

		store.remember("accepted-50-minutes-ago", "fp", now - Duration.ofMinutes(50).toMillis());
		store.remember("accepted-two-hours-ago", "fp", now - Duration.ofHours(2).toMillis());
		boolean insideWindow = store.contains("accepted-50-minutes-ago");
		this.now.set(this.now.get().plus(Duration.ofMinutes(11)));

		assertThat(insideWindow).isTrue();
		assertThat(store.contains("accepted-50-minutes-ago")).isFalse();
		assertThat(store.contains("accepted-two-hours-ago")).isFalse();
	}

}
