package dev.dialtone.zoom.client.ratelimit;

import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class RetryAfterTests {

	private static final Instant NOW = Instant.parse("2026-11-30T07:00:00Z");

	@Test
	void delaySecondsCountFromTheResponse() {
		assertThat(RetryAfter.parse("2", NOW)).contains(NOW.plusSeconds(2));
		assertThat(RetryAfter.parse(" 0.5 ", NOW)).contains(NOW.plusMillis(500));
	}

	@Test
	void dailyLimitsGiveAnIsoDateTime() {
		assertThat(RetryAfter.parse("2026-12-01T00:00:00Z", NOW)).contains(Instant.parse("2026-12-01T00:00:00Z"));
		assertThat(RetryAfter.parse("2026-12-01T01:00:00+01:00", NOW)).contains(Instant.parse("2026-12-01T00:00:00Z"));
	}

	@Test
	void theHttpDateFormIsAcceptedToo() {
		assertThat(RetryAfter.parse("Tue, 01 Dec 2026 00:00:00 GMT", NOW))
			.contains(Instant.parse("2026-12-01T00:00:00Z"));
	}

	@Test
	void absentOrUnreadableValuesGiveNothing() {
		assertThat(RetryAfter.parse(null, NOW)).isEmpty();
		assertThat(RetryAfter.parse(" ", NOW)).isEmpty();
		assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
		assertThat(RetryAfter.parse("-3", NOW)).isEmpty();
	}

}
