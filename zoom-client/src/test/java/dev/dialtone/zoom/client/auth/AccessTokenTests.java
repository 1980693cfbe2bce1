package dev.dialtone.zoom.client.auth;

import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class AccessTokenTests {

	private static final Instant NOW = Instant.parse("2026-11-30T07:00:00Z");

	@Test
	void anHourTokenIsRenewedSixtySecondsBeforeItExpires() {
		AccessToken token = AccessToken.issued("t", 3600, NOW);
		assertThat(token.isFresh(NOW.plusSeconds(3539))).isTrue();
		assertThat(token.isFresh(NOW.plusSeconds(3540))).isFalse();
	}

	@Test
	void aShortLivedTokenIsRenewedHalfwaySoItIsStillUsedAtAll() {
		AccessToken token = AccessToken.issued("t", 10, NOW);
		assertThat(token.isFresh(NOW.plusSeconds(4))).isTrue();
		assertThat(token.isFresh(NOW.plusSeconds(5))).isFalse();
	}

	@Test
	void neverPrintsTheTokenItself() {
		assertThat(AccessToken.issued("secret-token", 3600, NOW).toString()).doesNotContain("secret-token");
	}

}
