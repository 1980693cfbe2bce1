package dev.dialtone.auditor.e2e;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.dialtone.auditor.support.BrowserSession;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.auditor.webhook.ZoomSignature;
import dev.dialtone.contracts.EventType;
import dev.dialtone.zoom.client.users.CreateAction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Malformed, oversized and hostile input at every door, aimed at one person's open
 * anomaly: each answer is a 4xx (never a 500), no answer names an internal class, and
 * nothing is published for that person.
 */
class MalformedInputTests extends ScenarioContext {

	private static final String EMPLOYEE = "M1";

	private static final String INTERNALS = "(?s).*(dev\\.dialtone|java\\.|jakarta\\.|org\\.springframework|tools\\.jackson|Exception|at [a-z]+\\.).*";

	private final HttpClient http = HttpClient.newHttpClient();

	private String zoomId;

	private record Case(String what, HttpRequest request) {
	}

	@BeforeEach
	void openAnomaly() {
		synchronized (MalformedInputTests.class) {
			if (anomalies(EMPLOYEE).isEmpty()) {
				worker.hire(EMPLOYEE, "mal.formed@corp.example", CreateAction.CREATE);
				await().atMost(Duration.ofSeconds(30)).until(() -> !anomalies(EMPLOYEE).isEmpty());
			}
		}
		this.zoomId = last(EMPLOYEE).getZoomUserId();
	}

	@Test
	void theWebhookDoorAnswersHostileInputWithA4xx() throws Exception {
		String activated = "{\"event\":\"user.activated\",\"payload\":{\"object\":{\"id\":\"" + this.zoomId + "\"}}}";
		String now = String.valueOf(Instant.now().getEpochSecond());
		byte[] huge = ("{\"event\":\"user.activated\",\"pad\":\"" + "x".repeat(100_000) + "\"}").getBytes();
		List<Case> cases = List.of(
				new Case("oversized body", webhook(huge.length > 0 ? new String(huge) : "", now, now)),
				new Case("oversized chunked body",
						webhookRequest(now, signed(now, new String(huge)))
							.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
							.build()),
				new Case("timestamp Long.MIN_VALUE", webhook(activated, String.valueOf(Long.MIN_VALUE), null)),
				new Case("timestamp Long.MAX_VALUE", webhook(activated, String.valueOf(Long.MAX_VALUE), null)),
				new Case("timestamp garbage", webhook(activated, "garbage", null)),
				new Case("timestamp empty", webhook(activated, "", null)),
				new Case("no signature", webhookRequest(now, null).POST(BodyPublishers.ofString(activated)).build()),
				new Case("signature 6000 chars",
						webhookRequest(now, "v0=" + "a".repeat(6000)).POST(BodyPublishers.ofString(activated)).build()),
				new Case("signed, not JSON", webhook("not json at all", now, now)),
				new Case("signed, truncated JSON", webhook("{\"event\":\"user.activ", now, now)),
				new Case("signed, JSON array", webhook("[1,2,3]", now, now)),
				new Case("signed, JSON string", webhook("\"user.activated\"", now, now)),
				new Case("signed, url_validation without plainToken",
						webhook("{\"event\":\"endpoint.url_validation\",\"payload\":{}}", now, now)),
				new Case("signed, text/plain",
						webhookRequest(now, signed(now, activated)).setHeader("Content-Type", "text/plain")
							.POST(BodyPublishers.ofString(activated))
							.build()),
				new Case("signed, user.created without creation_type",
						webhook("{\"event\":\"user.created\",\"payload\":{\"object\":{\"id\":\"hostile-id\","
								+ "\"email\":\"hostile@corp.example\"}}}", now, now)),
				new Case("signed, user.created without the user's id",
						webhook("{\"event\":\"user.created\",\"payload\":{\"creation_type\":\"create\","
								+ "\"object\":{\"email\":\"hostile@corp.example\"}}}", now, now)),
				new Case("GET", HttpRequest.newBuilder(URI.create(url("/zoom/webhooks"))).GET().build()));
		assertAll4xx(cases);
		assertThat(TopicProbe.readAll(topics.zoomUserCreations())).extracting(ConsumerRecord::key)
			.as("no creation recorded from a refused user.created")
			.doesNotContain("hostile-id")
			.doesNotContainNull();
	}

	@Test
	void theApiDoorAnswersHostileInputWithA4xx() throws Exception {
		idp.addMachineClient("fuzz-bot", "fuzz-secret", "helpdesk-operators");
		String token = idp.machineToken("fuzz-bot", "fuzz-secret");
		List<Case> cases = List.of(
				new Case("NUL in id", api("/api/v1/anomalies/" + EMPLOYEE + "%00/redrive", token, "POST")),
				new Case("encoded traversal", api("/api/v1/anomalies/..%2F" + EMPLOYEE + "/redrive", token, "POST")),
				new Case("dot segments", api("/api/v1/anomalies/%2e%2e/%2e%2e/redrive", token, "POST")),
				new Case("path parameter", api("/api/v1/anomalies/" + EMPLOYEE + ";x=1/redrive", token, "POST")),
				new Case("backslash", api("/api/v1/anomalies/" + EMPLOYEE + "%5C/redrive", token, "POST")),
				new Case("5000-char id", api("/api/v1/anomalies/" + "M".repeat(5000) + "/redrive", token, "POST")),
				new Case("script id", api("/api/v1/anomalies/%3Cscript%3E/recheck", token, "POST")),
				new Case("PUT", api("/api/v1/anomalies/" + EMPLOYEE + "/redrive", token, "PUT")),
				new Case("DELETE", api("/api/v1/anomalies/" + EMPLOYEE, token, "DELETE")),
				new Case("unknown action", api("/api/v1/anomalies/" + EMPLOYEE + "/delete", token, "POST")),
				new Case("garbage bearer", api("/api/v1/anomalies/" + EMPLOYEE + "/redrive", "a.b.c", "POST")),
				new Case("20 KB bearer", api("/api/v1/anomalies/" + EMPLOYEE + "/redrive", "x".repeat(20_000), "POST")),
				new Case("no credentials",
						HttpRequest.newBuilder(URI.create(url("/api/v1/anomalies/" + EMPLOYEE + "/redrive")))
							.POST(BodyPublishers.noBody())
							.build()));
		assertAll4xx(cases);
	}

	@Test
	void thePageDoorAnswersHostileInputWithA4xx() throws Exception {
		BrowserSession operator = BrowserSession.signIn(url(""), "olivia", "olivia-pw");
		HttpClient session = operator.client();
		List<Case> cases = List.of(new Case("anonymous POST /", page("/", "POST")),
				new Case("anonymous traversal", page("/%2e%2e/%2e%2e/etc/passwd", "GET")),
				new Case("anonymous path parameter", page("/index.html;jsessionid=1", "GET")),
				new Case("anonymous double slash", page("//index.html", "GET")),
				new Case("anonymous TRACE", page("/", "TRACE")),
				new Case("session POST / without CSRF", page("/", "POST")),
				new Case("session cross-site re-drive",
						HttpRequest.newBuilder(URI.create(url("/api/v1/anomalies/" + EMPLOYEE + "/redrive")))
							.header("Origin", "https://attacker.example")
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(BodyPublishers.ofString("x=1"))
							.build()),
				new Case("session re-drive with a wrong CSRF token",
						HttpRequest.newBuilder(URI.create(url("/api/v1/anomalies/" + EMPLOYEE + "/redrive")))
							.header("X-XSRF-TOKEN", UUID.randomUUID().toString())
							.POST(BodyPublishers.noBody())
							.build()),
				new Case("session unknown page", page("/admin", "GET")));
		for (Case c : cases) {
			HttpClient client = c.what().startsWith("session") ? session : this.http;
			HttpResponse<String> response = client.send(c.request(), HttpResponse.BodyHandlers.ofString());
			check(c, response);
		}
		assertNothingPublished();
	}

	@Test
	void theConsolidationDoorAnswersHostileInputWithA4xx() throws Exception {
		String unknown = UUID.randomUUID().toString();
		List<Case> cases = List.of(new Case("not a token", page("/consolidated/not-a-token", "GET")),
				new Case("5000-char token", page("/consolidated/" + "a".repeat(5000), "GET")),
				new Case("quote injection", page("/consolidated/%27%20OR%201%3D1", "GET")),
				new Case("unknown token", page("/consolidated/" + unknown, "GET")),
				new Case("POST without CSRF", page("/consolidated/" + unknown, "POST")),
				new Case("POST with a made-up CSRF token",
						HttpRequest.newBuilder(URI.create(url("/consolidated/" + unknown)))
							.header("Cookie", "XSRF-TOKEN=made-up")
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(BodyPublishers.ofString("_csrf=made-up"))
							.build()),
				new Case("PUT", page("/consolidated/" + unknown, "PUT")),
				new Case("nested path", page("/consolidated/a/b", "GET")),
				new Case("no token", page("/consolidated/", "GET")));
		assertAll4xx(cases);
	}

	private void assertAll4xx(List<Case> cases) throws Exception {
		for (Case c : cases) {
			check(c, this.http.send(c.request(), HttpResponse.BodyHandlers.ofString()));
		}
		assertNothingPublished();
	}

	private static void check(Case c, HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s: %s", c.what(), response.body()).isBetween(400, 499);
		assertThat(response.body()).as(c.what()).doesNotMatch(INTERNALS);
	}

	private void assertNothingPublished() {
		int records = anomalies(EMPLOYEE).size();
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(20))
			.until(() -> anomalies(EMPLOYEE).size() == records
					&& worker.commands()
						.stream()
						.noneMatch((c) -> c.getPerson().getEmployeeId().equals(EMPLOYEE)
								&& (c.getEventType() == EventType.REDRIVE || c.getEventType() == EventType.RESUME))
					&& TopicProbe.readAll(topics.audit()).stream().noneMatch((r) -> EMPLOYEE.equals(r.key())));
	}

	private HttpRequest webhook(String body, String timestamp, String signedAt) {
		String signature = signed((signedAt != null) ? signedAt : timestamp, body);
		return webhookRequest(timestamp, signature).POST(BodyPublishers.ofString(body)).build();
	}

	private HttpRequest.Builder webhookRequest(String timestamp, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/zoom/webhooks")))
			.header("Content-Type", "application/json")
			.header("x-zm-request-timestamp", timestamp);
		return (signature != null) ? request.header("x-zm-signature", signature) : request;
	}

	private static String signed(String timestamp, String body) {
		return "v0=" + new ZoomSignature(WEBHOOK_SECRET, Duration.ofMinutes(5)).hmac("v0:" + timestamp + ":" + body);
	}

	private HttpRequest api(String path, String token, String method) {
		return HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Bearer " + token)
			.method(method, BodyPublishers.noBody())
			.build();
	}

	private HttpRequest page(String path, String method) {
		return HttpRequest.newBuilder(URI.create(url(path))).method(method, BodyPublishers.noBody()).build();
	}

}
