package dev.dialtone.auditor.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import dev.dialtone.auditor.webhook.ZoomSignature;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.zoom.client.users.CreateAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Zoom webhooks: signed by the simulator they close a pending anomaly at once and send
 * RESUME (after the auditor read the user back from Zoom); a bad signature or a stale
 * timestamp is rejected with 401; a replay does nothing more; a webhook claiming an
 * activation Zoom does not show resolves nothing; URL validation is answered.
 */
class WebhookScenarioTests extends ScenarioContext {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void invitationAcceptedResolvesTheAnomalyAndResumesThePhoneSteps() {
		worker.hire("W1", "wanda@corp.example", CreateAction.CREATE);
		await().atMost(Duration.ofSeconds(30)).until(() -> !anomalies("W1").isEmpty());

		assertThat(sim.activate("wanda@corp.example")).isTrue();

		await().atMost(Duration.ofSeconds(30)).until(() -> lastStatus("W1") == AnomalyStatus.RESOLVED);
		PendingAnomaly resolved = last("W1");
		assertThat(resolved.getResolution().getHow()).contains("webhook user.");
		assertThat(resolved.getResolution().getTimeToResolutionMillis()).isPositive();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> worker.commands()
				.stream()
				.anyMatch((c) -> c.getEventType() == EventType.RESUME && c.getPerson().getEmployeeId().equals("W1")));
	}

	@Test
	void aBadSignatureIsRejected() throws Exception {
		String body = "{\"event\":\"user.activated\",\"payload\":{\"object\":{\"id\":\"x\",\"email\":\"x@corp.example\"}}}";
		String ts = String.valueOf(Instant.now().getEpochSecond());
		String forged = "v0="
				+ new ZoomSignature("not-the-secret", Duration.ofMinutes(5)).hmac("v0:" + ts + ":" + body);
		assertThat(post(body, forged, ts).statusCode()).isEqualTo(401);
		assertThat(post(body, null, ts).statusCode()).isEqualTo(401);
		String staleTs = String.valueOf(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());
		String staleSig = "v0=" + signature().hmac("v0:" + staleTs + ":" + body);
		assertThat(post(body, staleSig, staleTs).statusCode()).isEqualTo(401);
		String goodSig = "v0=" + signature().hmac("v0:" + ts + ":" + body);
		assertThat(post(body, goodSig, ts).statusCode()).isEqualTo(200);
	}

	@Test
	void aReplayedSignedWebhookIsAnsweredWithoutActingAgain() throws Exception {
		worker.hire("W2", "wes.replay@corp.example", CreateAction.CREATE);
		await().atMost(Duration.ofSeconds(30)).until(() -> !anomalies("W2").isEmpty());
		String zoomId = last("W2").getZoomUserId();
		assertThat(sim.activate("wes.replay@corp.example")).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> lastStatus("W2") == AnomalyStatus.RESOLVED);
		await().atMost(Duration.ofSeconds(30)).until(() -> resumes("W2") == 1);
		int records = anomalies("W2").size();

		String body = "{\"event\":\"user.activated\",\"payload\":{\"object\":{\"id\":\"" + zoomId
				+ "\",\"email\":\"wes.replay@corp.example\"}}}";
		String ts = String.valueOf(Instant.now().getEpochSecond());
		String sig = "v0=" + signature().hmac("v0:" + ts + ":" + body);
		HttpResponse<String> first = post(body, sig, ts);
		HttpResponse<String> replayed = post(body, sig, ts);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"acted\":false");
		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(replayed.body()).contains("\"replayed\":true");
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(20))
			.until(() -> resumes("W2") == 1 && anomalies("W2").size() == records
					&& lastStatus("W2") == AnomalyStatus.RESOLVED);
	}

	@Test
	void aWebhookSayingActivatedWhileZoomSaysPendingResolvesNothing() throws Exception {
		worker.hire("W3", "wyn.liar@corp.example", CreateAction.CREATE);
		await().atMost(Duration.ofSeconds(30)).until(() -> !anomalies("W3").isEmpty());
		String zoomId = last("W3").getZoomUserId();
		assertThat(sim.user("wyn.liar@corp.example").status()).isEqualTo("pending");

		String body = "{\"event\":\"user.activated\",\"payload\":{\"object\":{\"id\":\"" + zoomId
				+ "\",\"email\":\"wyn.liar@corp.example\"}}}";
		String ts = String.valueOf(Instant.now().getEpochSecond());
		HttpResponse<String> response = post(body, "v0=" + signature().hmac("v0:" + ts + ":" + body), ts);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"acted\":false");
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(20))
			.until(() -> lastStatus("W3") != AnomalyStatus.RESOLVED && resumes("W3") == 0);
	}

	@Test
	void urlValidationIsAnsweredTheWayZoomChecksIt() {
		var result = sim.validateWebhookUrl();
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.valid()).as("encryptedToken = HMAC(secret, plainToken): %s", result.error()).isTrue();
	}

	private static long resumes(String employeeId) {
		return worker.commands()
			.stream()
			.filter((c) -> c.getEventType() == EventType.RESUME && c.getPerson().getEmployeeId().equals(employeeId))
			.count();
	}

	private HttpResponse<String> post(String body, String signature, String timestamp) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/zoom/webhooks")))
			.header("Content-Type", "application/json")
			.header("x-zm-request-timestamp", timestamp)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("x-zm-signature", signature);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static ZoomSignature signature() {
		return new ZoomSignature(WEBHOOK_SECRET, Duration.ofMinutes(5));
	}

}
