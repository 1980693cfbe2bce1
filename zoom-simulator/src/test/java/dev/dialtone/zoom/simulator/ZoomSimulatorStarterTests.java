package dev.dialtone.zoom.simulator;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.dialtone.zoom.simulator.faults.FaultSpec;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The in-process starter other modules use, and seeds in YAML and Java. */
class ZoomSimulatorStarterTests {

	@Test
	void theDemoSeedIsTheDesignDocsWorld() {
		Seed demo = Seed.demo();
		assertThat(demo.domains()).extracting(Seed.Domain::domain).containsExactly("corp.example", "acquired.example");
		assertThat(demo.personalAccounts()).contains("pat.personal@corp.example");
		assertThat(demo.sites()).singleElement().satisfies((site) -> {
			assertThat(site.code()).isEqualTo("NYC");
			assertThat(site.extensionFrom()).isEqualTo(1000);
			assertThat(site.extensionTo()).isEqualTo(1999);
			assertThat(site.defaultCallingPlan()).isEqualTo(200);
		});
		assertThat(demo.numberPools()).singleElement().extracting(Seed.NumberPool::first).isEqualTo("+12125550100");
	}

	@Test
	void startsFromAYamlFileOnAFreeLoopbackPort(@TempDir Path dir) throws Exception {
		Path yaml = dir.resolve("seed.yaml");
		Files.writeString(yaml, """
				account: { id: yaml-account, plan: PRO, preProvisioning: true }
				credentials: { clientId: yaml-client, clientSecret: yaml-secret, tokenLifetimeSeconds: 60 }
				domains: [ { domain: example.org, status: verified } ]
				webhook: { url: null, secretToken: yaml-webhook }
				faults:
				  "GET /phone/sites": { errorRate: 1.0, errorStatus: 502 }
				""");
		try (ZoomSimulator simulator = ZoomSimulator.start(yaml)) {
			assertThat(simulator.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/v2");
			assertThat(simulator.oauthUrl()).endsWith("/oauth/token");
			assertThat(simulator.accountId()).isEqualTo("yaml-account");
			assertThat(simulator.clientId()).isEqualTo("yaml-client");
			assertThat(simulator.clientSecret()).isEqualTo("yaml-secret");
			assertThat(simulator.webhookSecret()).isEqualTo("yaml-webhook");
			ZoomHttp zoom = new ZoomHttp(simulator);
			assertThat(zoom.token("yaml-client", "yaml-secret", "yaml-account").json().get("expires_in").asInt())
				.isEqualTo(60);
			zoom.create("ssoCreate", "ann@example.org");
			assertThat(simulator.usersByStatus()).containsEntry("active", 1L);
			assertThat(zoom.get("/phone/sites").status()).isEqualTo(502);
			assertThat(zoom.get("/users").header("X-RateLimit-Limit")).isEqualTo("20");
		}
	}

	@Test
	void twoSimulatorsInOneJvmAreIndependentAndResetWipesState() {
		try (ZoomSimulator one = ZoomSimulator.start(Seed.demo());
				ZoomSimulator two = ZoomSimulator.start(Seed.builder().accountId("second").build())) {
			assertThat(one.baseUrl()).isNotEqualTo(two.baseUrl());
			new ZoomHttp(one).create("ssoCreate", "ada@corp.example");
			assertThat(one.users()).hasSize(1);
			assertThat(two.users()).isEmpty();
			assertThat(two.accountId()).isEqualTo("second");
			one.reset();
			assertThat(one.users()).isEmpty();
		}
	}

	@Test
	void seedsRoundTripThroughYamlAndTheControlApi() {
		Seed seed = Seed.builder()
			.plan("PRO")
			.preProvisioning(false)
			.domain("new.example", "verified")
			.personalAccount("x@new.example")
			.callingPlan(3000, "ZP_PRO", 5)
			.fault("POST /users", FaultSpec.latency(10, 20))
			.build();
		assertThat(Seed.fromYaml(seed.toYaml())).isEqualTo(seed);
		try (ZoomSimulator simulator = ZoomSimulator.start(seed)) {
			ZoomSimulator attached = ZoomSimulator.connect(simulator.rootUrl(), seed);
			assertThat(attached.currentSeed()).isEqualTo(seed);
			attached.setPreProvisioning(true);
			assertThat(new ZoomHttp(attached).create("ssoCreate", "y@new.example")).isNotBlank();
			assertThat(simulator.users()).singleElement().extracting("status").isEqualTo("active");
			ZoomSimulator observer = ZoomSimulator.attach(simulator.rootUrl());
			assertThat(observer.accountId()).isEqualTo(simulator.accountId());
			assertThat(observer.users()).hasSize(1);
			assertThatIllegalStateException().isThrownBy(observer::clientSecret);
		}
	}

}
