package dev.dialtone.auditor.e2e;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.AuditRecord;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.Notification;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.client.users.ZoomUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Automation on: a personal-account hire is disassociated, the person notified, re-driven
 * after they consolidate and ends active with SSO and phone; hires of an unverified
 * domain are held and re-driven once it verifies.
 */
class RemediationScenarioTests extends ScenarioContext {

	private static final Duration AT_MOST = Duration.ofSeconds(60);

	@Test
	void personalAccountIsRemediatedToAnActivePhoneReadyUser() throws Exception {
		String email = "remy.personal@corp.example";
		String pendingId = worker.hire("R1", email, CreateAction.SSO_CREATE).getZoomUserId();

		await().atMost(AT_MOST).until(() -> lastStatus("R1") == AnomalyStatus.REMEDIATING);
		assertThat(last("R1").getCause()).isEqualTo(PendingCause.EXISTING_PERSONAL_ACCOUNT);
		assertThat(worker.zoom().users().find(pendingId).body()).as("pending user disassociated").isEmpty();
		Notification notification = TopicProbe
			.awaitValues(topics.notifications(), Notification.class,
					(all) -> all.stream().anyMatch((n) -> n.getEmployeeId().equals("R1")), AT_MOST)
			.stream()
			.filter((n) -> n.getEmployeeId().equals("R1"))
			.findFirst()
			.orElseThrow();
		assertThat(notification.getRecipient()).isEqualTo(email);
		assertThat(notification.getBody()).contains("Consolidate into account");

		sim.consolidate(email);
		URI link = URI.create(link(notification.getBody()).replace("http://localhost:8083", url("")));
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> opened = http.send(HttpRequest.newBuilder(link).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(opened.body()).as("opening the link alone changes nothing").contains("<form method=\"post\">");
		assertThat(opened.body()).as("the page names nobody").doesNotContain(email, "R1");
		HttpResponse<String> withoutCsrf = http.send(
				HttpRequest.newBuilder(link).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withoutCsrf.statusCode()).as("a cross-site post without the form's CSRF token").isEqualTo(403);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(opened.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(link)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(confirmed.statusCode()).isEqualTo(200);

		await().atMost(AT_MOST).until(() -> lastStatus("R1") == AnomalyStatus.RESOLVED);
		assertThat(last("R1").getResolution().getHow()).contains("re-driven and active");
		assertThat(worker.commands())
			.anyMatch((c) -> c.getEventType() == EventType.REDRIVE && c.getPerson().getEmployeeId().equals("R1"));
		ZoomUser user = worker.zoom().users().get(email).body();
		assertThat(user.isActive()).isTrue();
		assertThat(user.loginTypes()).contains(ZoomUser.LOGIN_SSO, ZoomUser.LOGIN_WORK_EMAIL);
		assertThat(worker.zoom().phone().getUser(user.id()).body().callingPlans()).isNotEmpty();
		assertThat(auditActions("R1")).contains("disassociate-pending-user", "notify-person", "redrive-create");
	}

	@Test
	void unverifiedDomainHiresAreHeldAndReDrivenOnceTheDomainVerifies() {
		worker.hire("H1", "hal@held.example", CreateAction.SSO_CREATE);
		worker.hire("H2", "hanna@held.example", CreateAction.SSO_CREATE);
		await().atMost(AT_MOST)
			.until(() -> lastStatus("H1") == AnomalyStatus.REMEDIATING
					&& lastStatus("H2") == AnomalyStatus.REMEDIATING);
		assertThat(last("H1").getCause()).isEqualTo(PendingCause.DOMAIN_NOT_VERIFIED);
		assertThat(worker.commands()).noneMatch((c) -> c.getPerson().getEmployeeId().startsWith("H"));

		sim.verifyDomain("held.example");

		await().atMost(AT_MOST)
			.until(() -> lastStatus("H1") == AnomalyStatus.RESOLVED && lastStatus("H2") == AnomalyStatus.RESOLVED);
		assertThat(worker.zoom().users().get("hal@held.example").body().isActive()).isTrue();
		assertThat(worker.zoom().users().get("hanna@held.example").body().isActive()).isTrue();
		assertThat(auditActions("H1")).contains("hold-domain", "release-domain", "redrive-create");
	}

	private static List<String> auditActions(String employeeId) {
		return TopicProbe.readAll(topics.audit())
			.stream()
			.filter((r) -> employeeId.equals(r.key()))
			.map((r) -> ((AuditRecord) r.value()).getAction())
			.toList();
	}

	private static String link(String body) {
		Matcher matcher = Pattern.compile("(http://\\S+/consolidated/[0-9a-f-]+)").matcher(body);
		assertThat(matcher.find()).as("link in %s", body).isTrue();
		return matcher.group(1);
	}

}
