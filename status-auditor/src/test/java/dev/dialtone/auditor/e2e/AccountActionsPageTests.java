package dev.dialtone.auditor.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dialtone.auditor.support.HeadlessChromium;
import dev.dialtone.auditor.support.TopicProbe;
import dev.dialtone.auditor.sweep.AccountSweep;
import dev.dialtone.contracts.ZoomUserCreation;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The page's whole-account buttons in real headless Chromium: an operator sweeps the
 * account and checks drift from the page and reads the answers' counts there, the pending
 * user made outside Dialtone appears as a swept anomaly without a reload; a viewer's
 * click is refused (403) and says so, and sweeps nothing.
 */
class AccountActionsPageTests extends ScenarioContext {

	private static final Pattern SWEPT = Pattern.compile(
			"Account sweep: (\\d+) pending users in Zoom, (\\d+) anomalies raised, (\\d+) resolved, (\\d+) Zoom requests");

	@Autowired
	AccountSweep sweep;

	private Path chromium;

	@BeforeEach
	void requireChromium() {
		this.chromium = HeadlessChromium.required();
	}

	@Test
	void anOperatorSweepsAndChecksDriftFromThePageAViewerIsRefused() throws Exception {
		String email = "swept-" + UUID.randomUUID().toString().substring(0, 8) + "@sweep-page.example";
		String zoomUserId = worker.zoom()
			.users()
			.create(CreateUserRequest.ssoCreate(email, "Made", "Elsewhere").withAction(CreateAction.CREATE))
			.body()
			.id();
		// Zoom's user.created reached the auditor: the sweep knows the user was invited
		TopicProbe.awaitValues(topics.zoomUserCreations(), ZoomUserCreation.class,
				(all) -> all.stream().anyMatch((creation) -> creation.getZoomUserId().equals(zoomUserId)),
				Duration.ofSeconds(60));
		String row = "tr[data-employee=\"zoom-user:" + zoomUserId + "\"]";

		try (HeadlessChromium browser = HeadlessChromium.launch(this.chromium)) {
			browser.viewport(1280, 900);
			browser.signIn(url("/"), idp.issuerUri(), "olivia", "olivia-pw");
			assertThat(text(browser, "#sweep-now")).isEqualTo("Sweep the account now");
			assertThat(count(browser, row)).isEqualTo("0");

			click(browser, "#sweep-now");
			// the answer, whatever it is (a sweep reads the whole account: slow on a
			// loaded machine)
			await().atMost(Duration.ofSeconds(180))
				.ignoreExceptions()
				.until(() -> answered(text(browser, "#account-result")));
			assertThat(text(browser, "#account-result")).startsWith("Account sweep: ");
			Matcher counts = SWEPT.matcher(text(browser, "#account-result"));
			assertThat(counts.find()).as(text(browser, "#account-result")).isTrue();
			assertThat(Integer.parseInt(counts.group(1))).as("pending users in Zoom").isPositive();
			assertThat(Integer.parseInt(counts.group(2))).as("anomalies raised").isPositive();
			assertThat(Integer.parseInt(counts.group(4))).as("Zoom requests").isGreaterThanOrEqualTo(2);
			// the page reloads its groups after the sweep: the new anomaly is there
			await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> "1".equals(count(browser, row)));
			assertThat(text(browser, row)).contains(email, "found by account sweep", "WRONG_CREATE_ACTION",
					"user.created webhook at");
			assertThat(this.sweep.last()).hasValueSatisfying((last) -> {
				assertThat(last.trigger()).startsWith("on demand by ");
				assertThat(last.opened()).isEqualTo(Integer.parseInt(counts.group(2)));
			});

			click(browser, "#drift-check-now");
			await().atMost(Duration.ofSeconds(60))
				.ignoreExceptions()
				.until(() -> text(browser, "#account-result").startsWith("Drift check: "));
			assertThat(text(browser, "#account-result")).matches(
					"Drift check: \\d+ findings, \\d+ new, \\d+ changed, \\d+ resolved, \\d+ corrected, [1-9]\\d* Zoom calls");
		}

		String lastTrigger = this.sweep.last().orElseThrow().trigger();
		try (HeadlessChromium browser = HeadlessChromium.launch(this.chromium)) {
			browser.viewport(1280, 900);
			browser.signIn(url("/"), idp.issuerUri(), "victor", "victor-pw");
			click(browser, "#sweep-now");
			await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.untilAsserted(() -> assertThat(text(browser, "#account-result")).startsWith("Account sweep failed"));
			assertThat(text(browser, "#account-result"))
				.isEqualTo("Account sweep failed (HTTP 403: needs the operator role)");
			click(browser, "#drift-check-now");
			await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.untilAsserted(() -> assertThat(text(browser, "#account-result")).startsWith("Drift check failed"));
			assertThat(text(browser, "#account-result"))
				.isEqualTo("Drift check failed (HTTP 403: needs the operator role)");
		}
		assertThat(this.sweep.last().orElseThrow().trigger()).as("the viewer swept nothing").isEqualTo(lastTrigger);
	}

	private static String text(HeadlessChromium browser, String selector) {
		return browser.evaluate("document.querySelector('" + selector + "').textContent");
	}

	private static String count(HeadlessChromium browser, String selector) {
		return browser.evaluate("String(document.querySelectorAll('" + selector + "').length)");
	}

	private static void click(HeadlessChromium browser, String selector) {
		browser.evaluate("document.querySelector('" + selector + "').click(); 'clicked'");
	}

	/** The result line once the answer came: not empty (not clicked yet), not "…". */
	private static boolean answered(String result) {
		return !result.isEmpty() && !result.endsWith("…");
	}

}
