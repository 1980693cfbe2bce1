package dev.dialtone.auditor.creation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.dialtone.contracts.ZoomUserCreation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory view of recorded creations: by Zoom user id, bounded by age. */
@Tag("fast")
class ZoomUserCreationsTests {

	private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

	private final ZoomUserCreations creations = new ZoomUserCreations(Duration.ofDays(30),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void answersByZoomUserIdAndTheLaterDeliveryOfAUserWins() {
		this.creations.apply(created("u-1", "create", NOW.minusSeconds(60)));
		this.creations.apply(created("u-2", "ssoCreate", NOW.minusSeconds(30)));
		this.creations.apply(created("u-1", "create", NOW.minusSeconds(10)));
		assertThat(this.creations.of("u-1")).map(ZoomUserCreation::getCreatedAt).contains(NOW.minusSeconds(10));
		assertThat(this.creations.of("u-2")).map(ZoomUserCreation::getCreationType).contains("ssoCreate");
		assertThat(this.creations.of("u-3")).isEmpty();
		assertThat(this.creations.of(null)).isEmpty();
		assertThat(this.creations.size()).isEqualTo(2);
	}

	@Test
	void aCreationOlderThanTheKeptAgeIsNeitherKeptNorAnswered() {
		this.creations.apply(created("u-old", "create", NOW.minus(Duration.ofDays(31))));
		this.creations.apply(created("u-edge", "create", NOW.minus(Duration.ofDays(30))));
		assertThat(this.creations.of("u-old")).isEmpty();
		assertThat(this.creations.of("u-edge")).isPresent();
		assertThat(this.creations.size()).isEqualTo(1);
	}

	@Test
	void entriesThatAgedOutInMemoryAreDroppedAsNewOnesArrive() {
		Instant[] now = { NOW };
		ZoomUserCreations moving = new ZoomUserCreations(Duration.ofDays(30), new Clock() {

			@Override
			public Instant instant() {
				return now[0];
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

		});
		moving.apply(created("u-first", "create", NOW));
		now[0] = NOW.plus(Duration.ofDays(31));
		assertThat(moving.of("u-first")).as("aged out: never answered").isEmpty();
		for (int i = 0; i < 2000; i++) {
			moving.apply(created("u-" + i, "ssoCreate", now[0]));
		}
		assertThat(moving.size()).as("the aged-out entry was dropped from memory").isEqualTo(2000);
	}

	private static ZoomUserCreation created(String id, String type, Instant at) {
		return ZoomUserCreation.newBuilder()
			.setZoomUserId(id)
			.setEmail(id + "@corp.example")
			.setCreationType(type)
			.setCreatedAt(at)
			.setReceivedAt(at)
			.build();
	}

}
