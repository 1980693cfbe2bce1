package dev.dialtone.auditor.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.dialtone.auditor.drift.DriftCheck;
import dev.dialtone.auditor.support.HeadlessChromium;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The grouped helpdesk page in real headless Chromium at 1280 px, signed in as an
 * operator: pending users grouped by domain and by cause with their counts, a search
 * narrowing a group, drift findings beside them, a bulk re-drive of a whole domain (its
 * result on the page, every person re-driven until active) and one the guards refuse (a
 * domain the automation holds), one person's timeline naming who acted, and no horizontal
 * scrolling; screenshots land in {@code target/screenshots/}.
 */
class GroupedPageTests extends ScenarioContext {

	private static final Path SHOTS = Path.of("target", "screenshots");

	@Autowired
	DriftCheck drift;

	private Path chromium;

	@BeforeEach
	void requireChromium() {
		this.chromium = HeadlessChromium.required();
	}

	@Test
	void anOperatorSeesGroupsWithCountsReDrivesADomainAndReadsAPersonsTimeline() throws Exception {
		sim.setDomainStatus("crowd.example", "verified");
		sim.setDomainStatus("guarded.example", "unverified");
		for (String id : List.of("GRP1", "GRP2", "GRP3")) {
			known(worker.hire(id, id.toLowerCase() + "@crowd.example", CreateAction.CREATE));
		}
		for (String id : List.of("GRD1", "GRD2")) {
			known(worker.hire(id, id.toLowerCase() + "@guarded.example", CreateAction.SSO_CREATE));
		}
		String leaver = worker.zoom()
			.users()
			.create(CreateUserRequest.ssoCreate("gone@crowd.example", "Gone", "Leaver"))
			.body()
			.id();
		hr(EventType.HIRE, "GRP9", "gone@crowd.example");
		hr(EventType.TERMINATE, "GRP9", "gone@crowd.example");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of("GRP1", "GRP2", "GRP3").stream().allMatch((id) -> !anomalies(id).isEmpty())
					&& List.of("GRD1", "GRD2").stream().allMatch((id) -> lastStatus(id) == AnomalyStatus.REMEDIATING));
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.drift.run("test");
			return TopicProbe.readAll(topics.drift()).stream().anyMatch((r) -> r.value().toString().contains(leaver));
		});

		try (HeadlessChromium browser = HeadlessChromium.launch(this.chromium)) {
			browser.viewport(1280, 900);
			browser.signIn(url("/"), idp.issuerUri(), "olivia", "olivia-pw");
			browser.evaluate("document.getElementById('group-by').value = 'domain';"
					+ "document.getElementById('group-by').dispatchEvent(new Event('change')); 'grouped'");
			String crowd = "section[data-group=\"domain:crowd.example\"]";
			await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.until(() -> "3".equals(text(browser, crowd + " .count")));
			assertThat(text(browser, crowd + " button.bulk-redrive")).isEqualTo("Re-drive all 3");
			assertThat(text(browser, "section[data-group=\"domain:guarded.example\"] .count")).isEqualTo("2");
			assertThat(text(browser, "section[data-group=\"drift-domain:crowd.example\"]"))
				.contains("LEAVER_STILL_PROVISIONED", "gone@crowd.example", "terminated in HR, still active in Zoom");
			assertThat(text(browser, "#summary")).contains("pending users · crowd.example: 3",
					"pending users · guarded.example: 2");
			assertThat(browser.evaluate("String(document.documentElement.scrollWidth <= window.innerWidth)"))
				.as("no horizontal scrolling at 1280 px")
				.isEqualTo("true");
			assertPng(browser.screenshot(SHOTS.resolve("grouped-by-domain-1280.png")));

			// by cause, narrowed by a search: the three on crowd.example, whatever else
			// is open for that cause
			browser.evaluate("document.getElementById('group-by').value = 'cause';"
					+ "document.getElementById('search').value = 'crowd.example';"
					+ "document.getElementById('search').dispatchEvent(new Event('input')); 'searched'");
			assertThat(text(browser, "section[data-group=\"cause:WRONG_CREATE_ACTION\"] .count")).isEqualTo("3");
			assertThat(
					browser.evaluate("String(document.querySelectorAll('#groups tr[data-employee=\"GRD1\"]').length)"))
				.isEqualTo("0");
			browser.evaluate("document.getElementById('search').value = '';"
					+ "document.getElementById('group-by').value = 'domain';"
					+ "document.getElementById('search').dispatchEvent(new Event('input')); 'cleared'");

			click(browser, "section[data-group=\"domain:guarded.example\"] button.bulk-redrive");
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(status(browser)).startsWith("redrive all on guarded.example: "));
			assertThat(status(browser)).contains("0 of 2 re-driven, 2 left alone by the guards");
			assertThat(text(browser, "#bulk-results")).contains("GRD1: left alone, the automation holds it");

			click(browser, crowd + " button.bulk-redrive");
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(status(browser)).startsWith("redrive all on crowd.example: "));
			assertThat(status(browser)).contains("3 of 3 re-driven, 0 left alone by the guards, 0 over the cap");
			assertThat(text(browser, "#bulk-results")).contains("GRP1: REDRIVE ", "GRP2: REDRIVE ", "GRP3: REDRIVE ");
			assertPng(browser.screenshot(SHOTS.resolve("bulk-redrive-result-1280.png")));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> List.of("GRP1", "GRP2", "GRP3")
					.stream()
					.allMatch((id) -> lastStatus(id) == AnomalyStatus.RESOLVED));
			assertThat(List.of("GRD1", "GRD2")).allMatch((id) -> lastStatus(id) == AnomalyStatus.REMEDIATING);

			// a held person's timeline, opened from their row
			click(browser, "section[data-group=\"domain:guarded.example\"] tr[data-employee=\"GRD1\"] button.person");
			await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.until(() -> text(browser, "#detail .timeline").contains("hold-domain"));
			assertThat(text(browser, "#detail")).contains("GRD1", "DOMAIN_NOT_VERIFIED", "— dialtone-auditor");
			// a re-driven person's, opened from the bulk result (they are no longer open)
			await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
				click(browser, "#bulk-results button.person[data-employee=\"GRP1\"]");
				return text(browser, "#detail .timeline").contains("redrive-create");
			});
			String timeline = text(browser, "#detail .timeline");
			assertThat(timeline).contains("outcome", "detected PENDING_AFTER_CREATE",
					"— Olivia Operator <olivia@corp.example>", "re-drive requested by Olivia Operator");
			assertThat(browser.evaluate("String(document.documentElement.scrollWidth <= window.innerWidth)"))
				.isEqualTo("true");
			assertPng(browser.screenshot(SHOTS.resolve("person-timeline-1280.png")));
		}
	}

	private static String text(HeadlessChromium browser, String selector) {
		return browser.evaluate("document.querySelector('" + selector + "').textContent");
	}

	private static String status(HeadlessChromium browser) {
		return text(browser, "#status");
	}

	private static void click(HeadlessChromium browser, String selector) {
		browser.evaluate("document.querySelector('" + selector + "').click(); 'clicked'");
	}

	private static void assertPng(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes.length).isGreaterThan(1000);
		assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
	}

	/** HR's event for a hire the worker answered, so HR knows the person. */
	private static void known(ProvisioningOutcome outcome) {
		TopicProbe.publish(topics.identity(), outcome.getEmployeeId(),
				event(outcome.getEventId(), EventType.HIRE, outcome.getEmployeeId(), outcome.getWorkEmail()));
	}

	private static void hr(EventType type, String employeeId, String email) {
		TopicProbe.publish(topics.identity(), employeeId, event(UUID.randomUUID().toString(), type, employeeId, email));
	}

	private static IdentityEvent event(String eventId, EventType type, String employeeId, String email) {
		return IdentityEvent.newBuilder()
			.setEventId(eventId)
			.setEventType(type)
			.setOccurredAt(Instant.now())
			.setSourceSystem("workday")
			.setPerson(Person.newBuilder().setEmployeeId(employeeId).setWorkEmail(email).build())
			.build();
	}

}
