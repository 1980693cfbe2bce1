package dev.dialtone.zoom.simulator;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.ratelimit.RateLimiter.CategoryCount;
import dev.dialtone.zoom.simulator.seed.RateLimits;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-account, per-category limits (Zoom and Zoom Phone apart), daily caps, and the
 * one-DELETE-per-user lock key.
 */
class RateLimitTests extends SimulatorTestSupport {

	private static void seed(RateLimits limits) {
		reseed(Seed.builder().customRateLimits(limits).build());
	}

	@Test
	void businessPlusHeadersAreSentOnSuccessfulCalls() {
		reseed(Seed.demo());
		Reply reply = zoom.get("/users?status=active");
		assertThat(reply.header("X-RateLimit-Category")).isEqualTo("Medium");
		assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("60");
		Reply phone = zoom.get("/phone/calling_plans");
		assertThat(phone.header("X-RateLimit-Limit")).isEqualTo("20");
	}

	@Test
	void exceedingThePerSecondLimitAnswersZooms429() {
		seed(new RateLimits(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		Reply limited = null;
		for (int i = 0; i < 20 && limited == null; i++) {
			Reply reply = zoom.get("/users/nobody@corp.example");
			limited = (reply.status() == 429) ? reply : null;
		}
		assertThat(limited).isNotNull();
		assertThat(limited.code()).isEqualTo(429);
		assertThat(limited.json().get("message").asString()).contains("maximum per-second rate limit");
		assertThat(limited.header("X-RateLimit-Category")).isEqualTo("Light");
		assertThat(limited.header("X-RateLimit-Type")).isEqualTo("QPS");
		assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(limited.header("Retry-After")).isEqualTo("1");
		assertThat(simulator.rateLimitCounts())
			.filteredOn((c) -> c.api().equals("zoom") && c.category().equals("Light"))
			.extracting(CategoryCount::throttled)
			.allMatch((n) -> n > 0);
	}

	@Test
	void phoneCallsHaveTheirOwnBuckets() {
		seed(new RateLimits(1, 0, 0, 0, 1000, 0, 0, 0, 0, 0, 0, 0, 0));
		String id = zoom.create("ssoCreate", "ada@corp.example");
		boolean zoomLimited = false;
		for (int i = 0; i < 20 && !zoomLimited; i++) {
			zoomLimited = zoom.get("/users/" + id).status() == 429;
		}
		assertThat(zoomLimited).isTrue();
		Reply phone = zoom.get("/phone/users/" + id);
		assertThat(phone.status()).isEqualTo(200);
		assertThat(phone.header("X-RateLimit-Limit")).isEqualTo("1000");
	}

	@Test
	void theCreateDailyCapAnswersWithADailyLimitAndAnIsoRetryAfter() {
		seed(new RateLimits(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2));
		zoom.create("create", "a@corp.example");
		zoom.create("create", "b@corp.example");
		Reply third = zoom.post("/users", "{\"action\":\"create\",\"user_info\":{\"email\":\"c@corp.example\"}}");
		assertThat(third.status()).isEqualTo(429);
		assertThat(third.json().get("message").asString()).contains("maximum daily rate limit");
		assertThat(third.header("X-RateLimit-Type")).isEqualTo("Daily-limit");
		Instant midnight = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		assertThat(Instant.parse(third.header("Retry-After"))).isEqualTo(midnight);
		assertThat(zoom.create("ssoCreate", "d@corp.example")).isNotBlank();
	}

	@Test
	void perCategoryDailyCapsApply() {
		seed(new RateLimits(0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0));
		assertThat(zoom.get("/users").status()).isEqualTo(200);
		assertThat(zoom.get("/users").status()).isEqualTo(200);
		Reply third = zoom.get("/users");
		assertThat(third.status()).isEqualTo(429);
		assertThat(third.header("X-RateLimit-Type")).isEqualTo("Daily-limit");
		assertThat(third.header("X-RateLimit-Category")).isEqualTo("Medium");
	}

	@Test
	void unlimitedPlanNeverThrottles() {
		reseed(Seed.builder().plan("UNLIMITED").build());
		for (int i = 0; i < 300; i++) {
			assertThat(zoom.get("/users/nobody@corp.example").status()).isEqualTo(404);
		}
	}

	@Test
	void aSecondConcurrentDeleteOfOneUserIsRefused() {
		reseed(Seed.builder().plan("UNLIMITED").fault("DELETE /users/{userId}", FaultSpec.latency(700)).build());
		String id = zoom.create("ssoCreate", "eve@corp.example");
		CompletableFuture<HttpResponse<String>> byId = zoom.client()
			.sendAsync(zoom.request("DELETE", "/users/" + id, null, zoom.token()).build(),
					HttpResponse.BodyHandlers.ofString());
		CompletableFuture<HttpResponse<String>> byEmail = zoom.client()
			.sendAsync(zoom.request("DELETE", "/users/eve@corp.example", null, zoom.token()).build(),
					HttpResponse.BodyHandlers.ofString());
		List<HttpResponse<String>> replies = List.of(byId.join(), byEmail.join());
		assertThat(replies).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 429);
		assertThat(replies).filteredOn((r) -> r.statusCode() == 429)
			.extracting(HttpResponse::body)
			.singleElement()
			.asString()
			.contains("Too many concurrent requests. A request to disassociate this user has already been made.");
		assertThat(simulator.users()).isEmpty();
	}

	@Test
	void aClientThatGivesUpDoesNotLeaveTheDeleteLockHeld() {
		reseed(Seed.builder().plan("UNLIMITED").fault("DELETE /users/{userId}", FaultSpec.latency(400)).build());
		String id = zoom.create("ssoCreate", "fay@corp.example");
		Assertions
			.assertThatThrownBy(() -> zoom.send(
					zoom.request("DELETE", "/users/" + id, null, zoom.token()).timeout(Duration.ofMillis(100)).build()))
			.hasCauseInstanceOf(HttpTimeoutException.class);
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> zoom.delete("/users/" + id).status() == 404);
		assertThat(simulator.users()).isEmpty();
	}

}
