package dev.dialtone.auditor.e2e;

import java.nio.file.Path;
import java.time.Duration;

import dev.dialtone.auditor.support.HeadlessChromium;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.AuditRecord;
import dev.dialtone.contracts.EventType;
import dev.dialtone.zoom.client.users.CreateAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The helpdesk page in real headless Chromium: an operator opening it is sent to the
 * OpenID provider's form, signs in, sees the open anomaly with cause, evidence (never the
 * consolidation token), age, remediation and history under the page's content security
 * policy, and its re-drive button (a POST with the CSRF header) re-drives the hire under
 * her name until the person is active. Skipped only outside CI when Chromium is not
 * installed (CI=true makes a missing Chromium a failure).
 */
class PageTests extends ScenarioContext {

	private Path chromium;

	@BeforeEach
	void requireChromium() {
		this.chromium = HeadlessChromium.required();
	}

	@Test
	void anOperatorSignsInAtTheProviderSeesTheAnomalyAndReDrivesIt() throws Exception {
		worker.hire("P2", "paula@corp.example", CreateAction.CREATE);
		await().atMost(Duration.ofSeconds(30)).until(() -> !anomalies("P2").isEmpty());

		try (HeadlessChromium browser = HeadlessChromium.launch(this.chromium)) {
			browser.signIn(url("/"), idp.issuerUri(), "olivia", "olivia-pw");
			String row = "tr[data-employee=\"P2\"]";
			await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.until(() -> "true"
					.equals(browser.evaluate("String(document.querySelector('" + row + " button.redrive') !== null)")));
			String shown = browser.evaluate("document.querySelector('" + row + "').textContent");
			assertThat(shown).contains("paula@corp.example", "WRONG_CREATE_ACTION", "PENDING_AFTER_CREATE",
					"createAction", "send ssoCreate", "detected PENDING_AFTER_CREATE");
			assertThat(browser.evaluate("document.querySelector('" + row + " td.age').textContent")).matches("\\d+ s");
			assertThat(browser.evaluate("document.documentElement.outerHTML")).doesNotContain("consolidationToken");

			browser.evaluate("document.querySelector('" + row + " button.redrive').click(); 'clicked'");
			await().atMost(Duration.ofSeconds(30))
				.until(() -> browser.evaluate("document.getElementById('status').textContent")
					.startsWith("redrive P2: REDRIVE "));
		}

		await().atMost(Duration.ofSeconds(30))
			.until(() -> worker.commands()
				.stream()
				.anyMatch((c) -> c.getEventType() == EventType.REDRIVE && c.getPerson().getEmployeeId().equals("P2")));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicProbe.readAll(topics.audit())
				.stream()
				.filter((r) -> "P2".equals(r.key()))
				.map((r) -> (AuditRecord) r.value())
				.anyMatch((a) -> a.getAction().equals("redrive-create")
						&& a.getActor().equals("Olivia Operator <olivia@corp.example>")));
		assertThat(anomalies("P2")).anyMatch((a) -> a.getHistory()
			.stream()
			.anyMatch((h) -> h.contains("re-drive requested by Olivia Operator <olivia@corp.example>")));
		await().atMost(Duration.ofSeconds(30)).until(() -> last("P2").getStatus() == AnomalyStatus.RESOLVED);
		assertThat(worker.zoom().users().get("paula@corp.example").body().isActive()).isTrue();
	}

}
