package dev.dialtone.zoom.simulator.seed;

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

}
