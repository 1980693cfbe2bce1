package dev.dialtone.worker.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.ledger.KnownZoomUsers;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.phone.PhoneProvisioner;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.worker.support.Events;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.SimulatedUser;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two "workers" — each with its own handler, number-pool cache and client — hire people
 * concurrently from one small site (10 extensions, 24 numbers): both must end correct,
 * with no extension or number held twice.
 */
@Tag("fast")
class RacingWorkersTests {

	static final ZoomSimulator simulator = ZoomSimulator.start(Seed.builder()
		.plan("UNLIMITED")
		.site(new Seed.Site("site-tiny", "Tiny", "TINY", 7, 2000, 2009, 200))
		.numberPool("site-tiny", "+14155550100", 24)
		.build());

	static final WorkerProperties.Site tiny = new WorkerProperties.Site("site-tiny", 2000, 2009, 200);

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void twoWorkersRacingForExtensionsAndNumbersBothEndCorrect() {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<CompletableFuture<Conclusion>> results = new ArrayList<>();
		List<Steps> steps = new ArrayList<>();
		try (ZoomClient first = client(); ZoomClient second = client()) {
			Provisioner[] workers = { provisioner(first), provisioner(second) };
			for (int i = 0; i < 10; i++) {
				Provisioner worker = workers[i % 2];
				var person = Events.person("T-" + i, "tiny" + i + "@corp.example").setSiteCode("TINY").build();
				Steps recorded = new Steps(false, RetryPolicy.none(), StepTimer.discarding());
				steps.add(recorded);
				results.add(CompletableFuture.supplyAsync(() -> worker.provision(person, recorded), threads));
			}
			assertThat(results)
				.allSatisfy((result) -> assertThat(result.join().state()).isEqualTo(FinalState.ACTIVE_PHONE_READY));
		}
		finally {
			threads.shutdown();
		}
		// ten people in a ten-extension range: some first choices were taken and had to
		// be probed past
		assertThat(steps).flatExtracting(Steps::results).anySatisfy((step) -> {
			assertThat(step.getName()).isEqualTo("set-extension");
			assertThat(step.getStatus()).isEqualTo(StepStatus.SKIPPED);
			assertThat(step.getZoomErrorCode()).isNotNull();
		});
		List<SimulatedUser> users = simulator.users().stream().filter((u) -> u.email().startsWith("tiny")).toList();
		assertThat(users).hasSize(10);
		Set<String> extensions = users.stream().map(SimulatedUser::extensionNumber).collect(Collectors.toSet());
		assertThat(extensions).hasSize(10);
		Map<String, String> holders = simulator.numberHolders();
		assertThat(users).allSatisfy((user) -> {
			assertThat(user.phoneNumbers()).hasSize(1);
			assertThat(holders).containsEntry(user.phoneNumbers().get(0), user.id());
		});
	}

	private static Provisioner provisioner(ZoomClient zoom) {
		PhoneProvisioner phone = new PhoneProvisioner(zoom, Map.of("TINY", tiny));
		return Accounts.create(zoom, KnownZoomUsers.none(), phone, Clock.systemUTC(), Duration.ofSeconds(30), 4)
			.provisioner();
	}

	private static ZoomClient client() {
		return ZoomClient.create(
				ZoomClientProperties.of(URI.create(simulator.baseUrl()), URI.create(simulator.oauthUrl()),
						simulator.accountId(), simulator.clientId(), simulator.clientSecret()),
				new SimpleMeterRegistry());
	}

}
