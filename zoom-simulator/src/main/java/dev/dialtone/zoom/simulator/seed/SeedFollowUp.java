package dev.dialtone.zoom.simulator.seed;

/**
 * Runs once every {@link Seedable} has applied a seed: for state that rests on other
 * parts (seeded users need domains, personal accounts, sites, numbers and plans).
 */
public interface SeedFollowUp {

	void afterReset(Seed seed);

}
