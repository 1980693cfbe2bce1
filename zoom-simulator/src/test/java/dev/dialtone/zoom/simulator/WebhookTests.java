package dev.dialtone.zoom.simulator;

import java.time.Duration;
import java.util.List;

import dev.dialtone.zoom.simulator.WebhookReceiver.Received;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.webhooks.UrlValidation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Activation webhooks signed as Zoom signs them, and the endpoint.url_validation
 * handshake.
 */
class WebhookTests extends SimulatorTestSupport {

	private static final String SECRET = "whsec-test";

	private static WebhookReceiver receiver;

	@BeforeAll
	static void startReceiver() {
		receiver = new WebhookReceiver(SECRET);
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@BeforeEach
	void reset() {
		reseed(Seed.builder().webhook(receiver.url(), SECRET).build());
	}

	@Test
	void activationSendsInvitationAcceptedThenActivatedWithZoomsEnvelope() {
		String id = zoom.create("ssoCreate", "pat.personal@corp.example");
		assertThat(simulator.activate("pat.personal@corp.example")).isTrue();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> events(id).containsAll(List.of("user.invitation_accepted", "user.activated")));
		Received accepted = forEvent(id, "user.invitation_accepted");
		JsonNode json = ZoomHttp.JSON.readTree(accepted.body());
		assertThat(json.get("event_ts").asLong()).isPositive();
		assertThat(json.at("/payload/account_id").asString()).isEqualTo(simulator.accountId());
		assertThat(json.at("/payload/object/id").asString()).isEqualTo(id);
		assertThat(json.at("/payload/object/email").asString()).isEqualTo("pat.personal@corp.example");
		assertThat(zoom.get("/users/" + id).json().get("status").asString()).isEqualTo("active");
	}

	@Test
	void everyDeliveryIsSignedOverTheRawBodyAndTimestamp() {
		String id = zoom.create("create", "gus@corp.example");
		simulator.activate("gus@corp.example");
		await().atMost(Duration.ofSeconds(5)).until(() -> events(id).contains("user.activated"));
		Received activated = forEvent(id, "user.activated");
		String timestamp = activated.header("x-zm-request-timestamp");
		assertThat(timestamp).matches("\\d{10}");
		assertThat(activated.header("x-zm-signature"))
			.isEqualTo("v0=" + receiver.hmac("v0:" + timestamp + ":" + activated.body()));
	}

	@Test
	void activatingAnActiveUserSendsNothing() {
		zoom.create("ssoCreate", "ada@corp.example");
		assertThat(simulator.activate("ada@corp.example")).isFalse();
		assertThat(simulator.webhookDeliveries()).extracting("event").doesNotContain("user.activated");
	}

	@Test
	void urlValidationSucceedsAgainstACorrectReceiver() {
		UrlValidation.Result result = simulator.validateWebhookUrl();
		assertThat(result.valid()).isTrue();
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.encryptedToken()).isEqualTo(receiver.hmac(result.plainToken()));
	}

	@Test
	void urlValidationFailsWhenTheReceiverUsesAnotherSecret() {
		simulator.seed(Seed.builder().webhook(receiver.url(), "someone-elses-secret").build());
		assertThat(simulator.validateWebhookUrl().valid()).isFalse();
	}

	private static List<String> events(String userId) {
		return receiver.received().stream().filter((r) -> r.body().contains(userId)).map(Received::event).toList();
	}

	private static Received forEvent(String userId, String event) {
		return receiver.received()
			.stream()
			.filter((r) -> r.body().contains(userId) && r.event().equals(event))
			.findFirst()
			.orElseThrow();
	}

}
