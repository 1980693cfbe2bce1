package dev.dialtone.auditor.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import dev.dialtone.auditor.support.BrowserSession;
import dev.dialtone.contracts.EventType;
import dev.dialtone.zoom.client.users.CreateAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what, signed in for real at the OpenID provider: anonymous callers get
 * nothing, a viewer reads but may not act, an operator acts under her own name, a
 * cross-site form post is refused, bearer tokens carry the same roles, forged tokens are
 * refused, health hides its details, and one principal cannot spend Zoom's budget.
 */
class SignInTests extends ScenarioContext {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anonymousCallersAreSentToSignInAndSeeNoAnomalyData() throws Exception {
		hirePending("S1", "sam.anon@corp.example");

		HttpResponse<String> page = send(request("/").GET());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/oauth2/authorization/dialtone"));
		HttpResponse<String> api = send(request("/api/v1/anomalies").GET());
		assertThat(api.statusCode()).isEqualTo(401);
		for (HttpResponse<String> response : new HttpResponse[] { page, api, send(request("/auditor.js").GET()),
				send(request("/api/v1/anomalies/S1").GET()), send(request("/api/v1/incidents").GET()) }) {
			assertThat(response.statusCode()).isIn(302, 401);
			assertThat(response.body()).doesNotContain("sam.anon", "S1", "evidence");
		}
		// no session, no bearer: refused before authentication even matters (no CSRF
		// token)
		assertThat(send(request("/api/v1/anomalies/S1/redrive").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
			.isIn(401, 403);
		assertThat(send(request("/api/v1/anomalies/S1/recheck").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
			.isIn(401, 403);
		assertNoRedrive("S1");
	}

	@Test
	void everyResponseCarriesTheBrowserProtectionHeaders() throws Exception {
		BrowserSession viewer = BrowserSession.signIn(url(""), "victor", "victor-pw");
		for (HttpResponse<String> response : List.of(viewer.get("/"), viewer.get("/api/v1/anomalies"),
				send(request("/").GET()), send(request("/api/v1/anomalies").GET()))) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri().getPath())
				.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'")
					.doesNotContain("unsafe-inline"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		}
	}

	@Test
	void aViewerReadsButIsRefusedReDriveAndSomeoneInNoGroupIsRefusedThePage() throws Exception {
		hirePending("S2", "sue.viewer@corp.example");
		BrowserSession viewer = BrowserSession.signIn(url(""), "victor", "victor-pw");

		assertThat(viewer.get("/").body()).contains("auditor.js");
		HttpResponse<String> list = viewer.get("/api/v1/anomalies");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("sue.viewer@corp.example").doesNotContain("consolidationToken");
		assertThat(viewer.postAsThePage("/api/v1/anomalies/S2/redrive").statusCode()).isEqualTo(403);
		assertThat(viewer.postAsThePage("/api/v1/anomalies/S2/recheck").statusCode()).isEqualTo(403);

		BrowserSession nobody = BrowserSession.signIn(url(""), "nobody", "nobody-pw");
		assertThat(nobody.get("/api/v1/anomalies").statusCode()).isEqualTo(403);
		assertNoRedrive("S2");
	}

	@Test
	void aCrossSiteFormPostWithTheOperatorsCookiesIsRefused() throws Exception {
		hirePending("S3", "seth.csrf@corp.example");
		BrowserSession operator = BrowserSession.signIn(url(""), "olivia", "olivia-pw");
		assertThat(operator.get("/api/v1/anomalies").statusCode()).isEqualTo(200);

		HttpResponse<String> forged = operator.postFromAnotherSite("/api/v1/anomalies/S3/redrive");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertNoRedrive("S3");

		HttpResponse<String> real = operator.postAsThePage("/api/v1/anomalies/S3/redrive");
		assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).until(() -> redriven("S3"));
	}

	@Test
	void bearerTokensCarryTheSameRolesAndForgedTokensAreRefused() throws Exception {
		hirePending("S4", "sid.api@corp.example");
		String viewerToken = idp.machineToken("dashboard", "dashboard-secret");
		String operatorToken = idp.machineToken("helpdesk-bot", "bot-secret");

		assertThat(send(request("/api/v1/anomalies").GET()).statusCode()).isEqualTo(401);
		assertThat(send(bearer("/api/v1/anomalies", viewerToken).GET()).statusCode()).isEqualTo(200);
		assertThat(send(bearer("/api/v1/anomalies/S4/redrive", viewerToken).POST(HttpRequest.BodyPublishers.noBody()))
			.statusCode()).isEqualTo(403);
		assertThat(send(
				bearer("/api/v1/anomalies/S4/redrive", forged(viewerToken)).POST(HttpRequest.BodyPublishers.noBody()))
			.statusCode()).isEqualTo(401);
		assertThat(send(bearer("/api/v1/anomalies", unsigned(viewerToken)).GET()).statusCode()).isEqualTo(401);
		assertThat(send(bearer("/api/v1/anomalies", "not-a-jwt").GET()).statusCode()).isEqualTo(401);
		assertNoRedrive("S4");

		HttpResponse<String> redrive = send(
				bearer("/api/v1/anomalies/S4/redrive", operatorToken).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(redrive.statusCode()).as(redrive.body()).isEqualTo(200);
		assertThat(redrive.body()).contains("redriveEventId");
		await().atMost(Duration.ofSeconds(30)).until(() -> redriven("S4"));
	}

	@Test
	void onePrincipalsReChecksAreRateLimited() throws Exception {
		idp.addMachineClient("busy-bot", "busy-secret", "helpdesk-operators");
		String token = idp.machineToken("busy-bot", "busy-secret");
		int limited = 0;
		for (int i = 0; i < 30; i++) {
			int status = send(bearer("/api/v1/anomalies/nobody-" + i + "/recheck", token)
				.POST(HttpRequest.BodyPublishers.noBody())).statusCode();
			assertThat(status).isIn(404, 429);
			limited += (status == 429) ? 1 : 0;
		}
		// burst 10, one more every 6 s: at most 11 of 30 get through
		assertThat(limited).isGreaterThanOrEqualTo(19);
		String other = idp.machineToken("helpdesk-bot", "bot-secret");
		assertThat(send(bearer("/api/v1/anomalies/nobody/recheck", other).POST(HttpRequest.BodyPublishers.noBody()))
			.statusCode()).as("another principal has its own bucket").isEqualTo(404);
	}

	@Test
	void healthShowsOnlyItsStatusToAnonymousCallersAndDetailsToOperators() throws Exception {
		HttpResponse<String> anonymous = send(request("/actuator/health").GET());
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).contains("\"status\":\"UP\"")
			.doesNotContain("components", "details", "diskSpace", "path", "clusterId", "kafka");
		assertThat(send(request("/actuator/health/diskSpace").GET()).statusCode()).isIn(401, 403, 404);
		assertThat(send(request("/actuator/metrics").GET()).statusCode()).isEqualTo(401);
		assertThat(send(request("/actuator/prometheus").GET()).statusCode()).isEqualTo(200);

		String operatorToken = idp.machineToken("helpdesk-bot", "bot-secret");
		assertThat(send(bearer("/actuator/health", operatorToken).GET()).body()).contains("components");
		assertThat(
				send(bearer("/actuator/metrics", idp.machineToken("dashboard", "dashboard-secret")).GET()).statusCode())
			.isEqualTo(403);
	}

	private void hirePending(String employeeId, String email) {
		worker.hire(employeeId, email, CreateAction.CREATE);
		await().atMost(Duration.ofSeconds(30)).until(() -> !anomalies(employeeId).isEmpty());
	}

	private static boolean redriven(String employeeId) {
		return worker.commands()
			.stream()
			.anyMatch((c) -> c.getEventType() == EventType.REDRIVE && c.getPerson().getEmployeeId().equals(employeeId));
	}

	private static void assertNoRedrive(String employeeId) {
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).until(() -> !redriven(employeeId));
	}

	/** The viewer's token with its groups rewritten to an operator's; signature kept. */
	private static String forged(String token) {
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("helpdesk-viewers", "helpdesk-operators");
		return parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
	}

	/** The token re-headed as {@code alg: none}, without a signature. */
	private static String unsigned(String token) {
		String header = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
		return header + "." + token.split("\\.")[1] + ".";
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(url(path)));
	}

	private HttpRequest.Builder bearer(String path, String token) {
		return request(path).header("Authorization", "Bearer " + token);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
