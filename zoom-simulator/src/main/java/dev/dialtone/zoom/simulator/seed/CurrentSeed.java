package dev.dialtone.zoom.simulator.seed;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/** The seed in force; features read account settings and behaviour switches from it. */
@Component
public class CurrentSeed {

	private final AtomicReference<Seed> seed = new AtomicReference<>(Seed.emptyBuilder().build());

	public Seed get() {
		return this.seed.get();
	}

	void set(Seed seed) {
		this.seed.set(seed);
	}

	/** Replaces the account part, e.g. when the control API flips pre-provisioning. */
	public void updateAccount(Seed.Account account) {
		this.seed.updateAndGet((s) -> new Seed(account, s.credentials(), s.domains(), s.personalAccounts(), s.sites(),
				s.numberPools(), s.numbers(), s.callingPlans(), s.webhook(), s.behaviour(), s.faults(), s.users()));
	}

	/**
	 * Replaces the app's granted scopes, as an admin does in the Marketplace; the world
	 * is kept.
	 */
	public void updateScopes(List<String> scopes) {
		this.seed.updateAndGet((s) -> new Seed(s.account(), s.credentials().withScopes(scopes), s.domains(),
				s.personalAccounts(), s.sites(), s.numberPools(), s.numbers(), s.callingPlans(), s.webhook(),
				s.behaviour(), s.faults(), s.users()));
	}

}
