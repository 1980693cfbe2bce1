package dev.dialtone.worker.account;

import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.worker.support.Events;
import dev.dialtone.worker.support.PlainWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pending outcome's evidence is read fresh, not from the 30 s managed-domains cache.
 */
@Tag("fast")
class FreshEvidenceTests {

	static final PlainWorld world = PlainWorld.start();

	@AfterAll
	static void stop() {
		world.close();
	}

	@Test
	void aPendingHireAfterTheDomainLostVerificationCarriesTheFreshDomainStatus() {
		world.simulator().setDomainStatus("acquired.example", "verified");
		Conclusion first = world.accounts()
			.provisioner()
			.provision(Events.person("FE-1", "fresh.one@acquired.example").build(), PlainWorld.steps());
		assertThat(first.state()).as("verified and cached").isEqualTo(FinalState.ACTIVE_PHONE_READY);
		world.simulator().setDomainStatus("acquired.example", "unverified");
		Steps steps = PlainWorld.steps();

		Conclusion second = world.accounts()
			.provisioner()
			.provision(Events.person("FE-2", "fresh.two@acquired.example").build(), steps);

		assertThat(second.state()).isEqualTo(FinalState.PENDING);
		assertThat(second.evidence().getDomainStatus()).isEqualTo("unverified");
		assertThat(second.evidence().getDomainVerified()).isFalse();
		assertThat(steps.results()).extracting(StepResult::getName)
			.as("pre-flight from the cache, the evidence read again")
			.containsSubsequence("preflight-domain", "sso-create", "evidence-domain");
	}

}
