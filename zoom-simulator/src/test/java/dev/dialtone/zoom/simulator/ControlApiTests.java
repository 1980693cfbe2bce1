package dev.dialtone.zoom.simulator;

import java.net.URI;
import java.net.http.HttpRequest;

import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The /_sim control API as the local run and scripts use it: seeding YAML over HTTP,
 * changing the world mid-test.
 */
class ControlApiTests extends SimulatorTestSupport {

	@BeforeEach
	void reset() {
		reseed(Seed.demo());
	}

	@Test
	void aYamlSeedCanBePostedOverHttp() {
		Reply reply = zoom.send(HttpRequest.newBuilder(URI.create(simulator.rootUrl() + "/_sim/seed"))
			.header("Content-Type", "application/yaml")
			.POST(HttpRequest.BodyPublishers.ofString("""
					account: { id: posted-account, plan: PRO }
					domains: [ { domain: posted.example, status: verified } ]
					"""))
			.build());
		assertThat(reply.status()).isEqualTo(200);
		Reply seed = zoom.send(HttpRequest.newBuilder(URI.create(simulator.rootUrl() + "/_sim/seed")).GET().build());
		assertThat(seed.json().at("/account/id").asString()).isEqualTo("posted-account");
		assertThat(seed.json().at("/domains/0/domain").asString()).isEqualTo("posted.example");
		simulator.seed(Seed.demo());
	}

	@Test
	void theSeedIsReadableWithoutItsSecrets() {
		Reply seed = zoom.send(HttpRequest.newBuilder(URI.create(simulator.rootUrl() + "/_sim/seed")).GET().build());

		assertThat(seed.status()).isEqualTo(200);
		assertThat(seed.json().at("/credentials/clientId").asString()).isEqualTo(simulator.clientId());
		assertThat(seed.body()).doesNotContain(simulator.clientSecret()).doesNotContain(simulator.webhookSecret());
		assertThat(seed.json().at("/credentials/clientSecret").asString()).isEqualTo(Seed.WITHHELD);
		assertThat(seed.json().at("/webhook/secretToken").asString()).isEqualTo(Seed.WITHHELD);
	}

	@Test
	void aDomainLosingVerificationMakesTheNextHirePending() {
		assertThat(simulator.user(zoom.create("ssoCreate", "ada@corp.example")).status()).isEqualTo("active");
		simulator.setDomainStatus("corp.example", "unverified");
		assertThat(simulator.user(zoom.create("ssoCreate", "bob@corp.example")).status()).isEqualTo("pending");
		assertThat(zoom.get("/accounts/me/managed_domains").body()).contains("\"status\":\"unverified\"");
	}

	@Test
	void aPersonalAccountAddedMidTestMakesTheNextHirePending() {
		simulator.addPersonalAccount("cat@corp.example");
		assertThat(simulator.user(zoom.create("ssoCreate", "cat@corp.example")).status()).isEqualTo("pending");
	}

	@Test
	void consolidationIsRefusedWhenTheAccountDoesNotAllowIt() {
		simulator.seed(Seed.builder().allowConsolidation(false).build());
		assertThatThrownBy(() -> simulator.consolidate("pat.personal@corp.example")).hasMessageContaining("409");
		assertThatThrownBy(() -> simulator.consolidate("nobody@corp.example")).hasMessageContaining("409");
	}

	@Test
	void activatingSomeoneUnknownIsA404AndSeedingClearsTallies() {
		assertThatThrownBy(() -> simulator.activate("ghost@corp.example")).hasMessageContaining("404");
		zoom.get("/users");
		assertThat(simulator.rateLimitCounts()).anyMatch((c) -> c.calls() > 0);
		simulator.reset();
		assertThat(simulator.rateLimitCounts()).allMatch((c) -> c.calls() == 0 && c.throttled() == 0);
	}

	@Test
	void reportsUpOnTheHealthPathTheLocalRunPolls() {
		Reply health = zoom
			.send(HttpRequest.newBuilder(URI.create(simulator.rootUrl() + "/actuator/health")).GET().build());
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

}
