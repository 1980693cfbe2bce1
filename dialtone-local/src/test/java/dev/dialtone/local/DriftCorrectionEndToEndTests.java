package dev.dialtone.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.phone.PhoneNumberQuery;
import dev.dialtone.zoom.client.phone.PhoneNumberRef;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.StatusAction;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drift corrected through the real worker: with the auditor's corrections switched on
 * ({@code drift.correct}) and its site map matching the worker's, a leaver made active
 * again in Zoom with a number and a calling plan, and an extension changed in Zoom behind
 * Dialtone's back, are found by an operator's {@code POST /api/v1/drift/check}, turned
 * into TERMINATE / UPDATE commands the worker applies to Zoom, and resolved by the next
 * check; a Zoom user no employee owns is reported and left alone. Other classes share the
 * broker (and so HR's identity topic): only this run's people are counted.
 */
class DriftCorrectionEndToEndTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String SITE = "site-nyc-01";

	private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

	private static final String LEAVER = "E97L" + RUN;

	private static final String MOVER = "E97M" + RUN;

	private static final String LEAVER_EMAIL = "drift.leaver." + RUN + "@corp.example";

	private static final String MOVER_EMAIL = "drift.mover." + RUN + "@corp.example";

	private static final String STRAY_EMAIL = "drift.stray." + RUN + "@corp.example";

	private static RunningStack running;

	private static ZoomSimulator observer;

	private static ZoomClient admin;

	@BeforeAll
	static void startStack() {
		running = RunningStack.start("drift-correction-logs",
				new StackOptions(DemoSettings.options().workerArgs(),
						List.of("--dialtone.auditor.drift.correct=LEAVER_STILL_PROVISIONED,PHONE_ATTRIBUTE_MISMATCH",
								"--dialtone.auditor.drift.sites.NYC=" + SITE,
								// only this test's checks run: the schedule waits an hour
								"--dialtone.auditor.drift.first-check=1h")));
		observer = running.zoom();
		// a Zoom admin changing things behind Dialtone's back, through Zoom's own API
		Seed seed = LocalRun.demoSeed();
		String simulator = running.stack().simulator().url();
		admin = ZoomClient.create(
				ZoomClientProperties.of(URI.create(simulator + "/v2"), URI.create(simulator + "/oauth/token"),
						seed.account().id(), seed.credentials().clientId(), seed.credentials().clientSecret()),
				new SimpleMeterRegistry());
	}

	@AfterAll
	static void stopStack() {
		if (admin != null) {
			admin.close();
		}
		if (running != null) {
			running.close();
		}
	}

	@Test
	void theWorkerCorrectsALeaverAndALineTheNextCheckResolvesThemAnUnownedUserIsOnlyReported() throws Exception {
		ProducerApi producer = running.producer();
		String leaverHire = producer.submit(hire(LEAVER, LEAVER_EMAIL, "1962"));
		String moverHire = producer.submit(hire(MOVER, MOVER_EMAIL, "1961"));
		await().atMost(Duration.ofSeconds(120))
			.until(() -> running.tally().outcome(leaverHire) != null && running.tally().outcome(moverHire) != null);
		assertThat(running.tally().outcome(leaverHire).getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		assertThat(running.tally().outcome(moverHire).getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		String leaverLeft = producer.submit(JSON.readTree("""
				{"type":"TERMINATE","person":{"employeeId":"%s","workEmail":"%s"}}
				""".formatted(LEAVER, LEAVER_EMAIL)));
		await().atMost(Duration.ofSeconds(90)).until(() -> running.tally().outcome(leaverLeft) != null);
		assertThat(running.tally().outcome(leaverLeft).getFinalState()).isEqualTo(FinalState.DEPROVISIONED);
		assertThat(observer.user(LEAVER_EMAIL).status()).isEqualTo("inactive");

		// drift: the leaver back in Zoom with a number and a plan, the mover's extension
		// changed, and a user nobody in HR owns
		String leaverId = observer.user(LEAVER_EMAIL).id();
		admin.users().updateStatus(leaverId, StatusAction.ACTIVATE);
		admin.phone().assignCallingPlans(leaverId, List.of(200));
		admin.phone().assignPhoneNumbers(leaverId, List.of(PhoneNumberRef.ofNumber(unassignedNumber())));
		String moverId = observer.user(MOVER_EMAIL).id();
		admin.phone().updateUser(moverId, PhoneUserUpdate.extension("1971"));
		String strayId = admin.users()
			.create(CreateUserRequest.ssoCreate(STRAY_EMAIL, "Stray", "User").withZoomPhone(true))
			.body()
			.id();
		assertThat(observer.user(LEAVER_EMAIL).status()).isEqualTo("active");
		assertThat(observer.user(LEAVER_EMAIL).phoneNumbers()).hasSize(1);
		assertThat(observer.user(MOVER_EMAIL).extensionNumber()).isEqualTo("1971");

		JsonNode first = checkDrift();
		assertThat(first.path("corrected").asInt()).as("corrections sent: " + first).isGreaterThanOrEqualTo(2);
		JsonNode leaverFinding = mine("LEAVER_STILL_PROVISIONED", LEAVER_EMAIL);
		JsonNode moverFinding = mine("PHONE_ATTRIBUTE_MISMATCH", MOVER_EMAIL);
		JsonNode strayFinding = mine("UNOWNED_USER", STRAY_EMAIL);
		assertThat(leaverFinding.path("employeeId").asString()).isEqualTo(LEAVER);
		assertThat(leaverFinding.path("numbersHeld").asInt()).isEqualTo(1);
		assertThat(leaverFinding.path("callingPlansHeld").asInt()).isEqualTo(1);
		assertThat(moverFinding.path("employeeId").asString()).isEqualTo(MOVER);
		assertThat(moverFinding.path("differences").toString()).contains("extension", "1961", "1971");
		assertThat(strayFinding.path("zoomUserId").asString()).isEqualTo(strayId);
		assertThat(strayFinding.path("status").asString()).isEqualTo("OPEN");
		assertThat(absent(strayFinding.path("correctionEventId"))).as("never corrected").isTrue();
		String leaverCorrection = leaverFinding.path("correctionEventId").asString();
		String moverCorrection = moverFinding.path("correctionEventId").asString();
		assertThat(leaverCorrection).isNotBlank();
		assertThat(moverCorrection).isNotBlank();

		// the real worker applies the commands: Zoom is back to what HR asked
		await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
			ProvisioningOutcome leaver = running.tally().latestOutcome(LEAVER);
			ProvisioningOutcome mover = running.tally().latestOutcome(MOVER);
			assertThat(leaver.getEventId()).isEqualTo(leaverCorrection);
			assertThat(mover.getEventId()).isEqualTo(moverCorrection);
		});
		assertThat(running.tally().latestOutcome(LEAVER).getFinalState()).isEqualTo(FinalState.DEPROVISIONED);
		assertThat(running.tally().latestOutcome(MOVER).getFinalState()).isEqualTo(FinalState.ACTIVE_PHONE_READY);
		SimulatedUser leaver = observer.user(LEAVER_EMAIL);
		assertThat(leaver.status()).isEqualTo("inactive");
		assertThat(leaver.phoneNumbers()).as("numbers back in the pool").isEmpty();
		assertThat(leaver.callingPlans()).as("calling plans given back").isEmpty();
		SimulatedUser mover = observer.user(MOVER_EMAIL);
		assertThat(mover.extensionNumber()).isEqualTo("1961");
		assertThat(mover.phoneNumbers()).as("the mover keeps a line").hasSize(1);
		assertThat(mover.callingPlans()).contains(200);

		// the next check resolves both as corrected; the unowned user stays, untouched
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
			checkDrift();
			assertThat(mine("LEAVER_STILL_PROVISIONED", LEAVER_EMAIL).path("status").asString()).isEqualTo("RESOLVED");
			assertThat(mine("PHONE_ATTRIBUTE_MISMATCH", MOVER_EMAIL).path("status").asString()).isEqualTo("RESOLVED");
		});
		assertThat(mine("LEAVER_STILL_PROVISIONED", LEAVER_EMAIL).path("resolution").asString())
			.startsWith("corrected by " + leaverCorrection);
		assertThat(mine("PHONE_ATTRIBUTE_MISMATCH", MOVER_EMAIL).path("resolution").asString())
			.startsWith("corrected by " + moverCorrection);
		JsonNode stray = mine("UNOWNED_USER", STRAY_EMAIL);
		assertThat(stray.path("status").asString()).isEqualTo("OPEN");
		assertThat(absent(stray.path("correctionEventId"))).isTrue();
		assertThat(observer.user(STRAY_EMAIL).status()).as("the unowned user is left alone").isEqualTo("active");
	}

	/** An operator's {@code POST /api/v1/drift/check} with the machine client's token. */
	private static JsonNode checkDrift() throws Exception {
		HttpResponse<String> response = http(
				HttpRequest.newBuilder(URI.create(running.stack().auditor().url() + "/api/v1/drift/check"))
					.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** This run's finding of the kind for the email, from every finding (open or not). */
	private static JsonNode mine(String kind, String email) throws Exception {
		HttpResponse<String> response = http(
				HttpRequest.newBuilder(URI.create(running.stack().auditor().url() + "/api/v1/drift?status=all")).GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		JSON.readTree(response.body()).forEach((f) -> {
			if (kind.equals(f.path("kind").asString()) && email.equalsIgnoreCase(f.path("email").asString())) {
				found.add(f);
			}
		});
		assertThat(found).as(kind + " for " + email).hasSize(1);
		return found.get(0);
	}

	private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.header("Authorization", "Bearer " + running.stack().signIn().operatorToken())
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static boolean absent(JsonNode value) {
		return value.isNull() || value.isMissingNode();
	}

	private static String unassignedNumber() {
		return admin.phone().listNumbers(PhoneNumberQuery.unassigned(SITE)).body().phoneNumbers().get(0).number();
	}

	private static JsonNode hire(String employeeId, String email, String extension) {
		return JSON.readTree("""
				{"type":"HIRE","person":{"employeeId":"%s","workEmail":"%s","firstName":"Drift","lastName":"Check",
				 "siteCode":"NYC","phone":{"extension":"%s","callingPlanType":200,"number":"allocate"}}}
				""".formatted(employeeId, email, extension));
	}

}
