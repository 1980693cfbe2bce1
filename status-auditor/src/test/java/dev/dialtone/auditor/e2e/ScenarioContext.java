package dev.dialtone.auditor.e2e;

import java.util.List;

import dev.dialtone.auditor.AuditorApplication;
import dev.dialtone.auditor.support.AnomalyStates;
import dev.dialtone.auditor.support.Auditors;
import dev.dialtone.auditor.support.FakeWorker;
import dev.dialtone.auditor.support.TestTopics;
import dev.dialtone.contracts.AnomalyStatus;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.idp.LocalIdentityProvider;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One auditor (cached Spring context) over the real broker, registry and Zoom simulator,
 * with automation on for personal accounts (domain holds are on by default) and a spike
 * window of 3 s (so incidents outlive it within a test), shared by the scenario test
 * classes, signing people in at a real OpenID provider ({@link LocalIdentityProvider}: an
 * operator, a viewer, someone in neither group, and two machine clients). Each scenario
 * uses its own people and domains so they can share the world.
 */
@SpringBootTest(classes = AuditorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dialtone.auditor.webhook.secret-token=" + ScenarioContext.WEBHOOK_SECRET,
				"dialtone.auditor.remediation.automate=EXISTING_PERSONAL_ACCOUNT,DOMAIN_NOT_VERIFIED",
				"dialtone.auditor.tick=500ms", "dialtone.auditor.recheck-backoff=1s,2s",
				"dialtone.auditor.evidence-max-age=5m", "dialtone.auditor.outcome-deadline=10m",
				"spring.security.oauth2.client.registration.dialtone.client-id=" + ScenarioContext.CLIENT_ID,
				"spring.security.oauth2.client.registration.dialtone.client-secret=" + ScenarioContext.CLIENT_SECRET,
				"spring.security.oauth2.client.registration.dialtone.scope=openid,profile,email",
				"dialtone.auditor.security.viewer-groups=helpdesk-viewers",
				"dialtone.auditor.security.operator-groups=helpdesk-operators,it-admins",
				"dialtone.auditor.spike.window=3s" })
abstract class ScenarioContext {

	static final String WEBHOOK_SECRET = "scenario-webhook-secret";

	static final String CLIENT_ID = "dialtone-auditor";

	static final String CLIENT_SECRET = "auditor-client-secret";

	/** A real OpenID provider: people sign in on its form, machines get signed JWTs. */
	static final LocalIdentityProvider idp = LocalIdentityProvider.start()
		.addPerson("olivia", "olivia-pw", "Olivia Operator", "olivia@corp.example", "helpdesk-operators")
		.addPerson("victor", "victor-pw", "Victor Viewer", "victor@corp.example", "helpdesk-viewers")
		.addPerson("nobody", "nobody-pw", "Nora Nobody", "nora@corp.example", "sales")
		.addMachineClient("helpdesk-bot", "bot-secret", "it-admins")
		.addMachineClient("dashboard", "dashboard-secret", "helpdesk-viewers");

	static final TestTopics topics = new TestTopics("scenarios");

	static final ZoomSimulator sim = ZoomSimulator.start(seed(null));

	static final AnomalyStates states = new AnomalyStates(topics);

	static FakeWorker worker;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		Auditors.register(registry, topics, sim);
		registry.add("spring.security.oauth2.client.provider.dialtone.issuer-uri", idp::issuerUri);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", idp::issuerUri);
	}

	static Seed seed(String webhookUrl) {
		return Seed.builder()
			.domain("held.example", "unverified")
			.domain("lapse.example", "verified")
			.personalAccount("remy.personal@corp.example")
			.webhook(webhookUrl, WEBHOOK_SECRET)
			.build();
	}

	@BeforeEach
	void pointWebhooksHere() {
		synchronized (ScenarioContext.class) {
			if (worker == null) {
				// the auditor's port is known only now; re-seeding once, before any
				// scenario ran, loses nothing
				sim.seed(seed("http://127.0.0.1:" + this.port + "/zoom/webhooks"));
				idp.addLoginClient(CLIENT_ID, CLIENT_SECRET,
						"http://127.0.0.1:" + this.port + "/login/oauth2/code/dialtone");
				worker = new FakeWorker(sim, topics);
			}
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	static List<PendingAnomaly> anomalies(String employeeId) {
		return states.of(employeeId);
	}

	static PendingAnomaly last(String employeeId) {
		return states.last(employeeId);
	}

	static AnomalyStatus lastStatus(String employeeId) {
		return states.lastStatus(employeeId);
	}

}
