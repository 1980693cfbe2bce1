package dev.dialtone.zoom.simulator.seed;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Resets the whole simulated world to a seed; serialised so a reset never interleaves
 * with another.
 */
@Service
public class SeedService {

	private static final Logger log = LoggerFactory.getLogger(SeedService.class);

	private final CurrentSeed current;

	private final List<Seedable> parts;

	private final List<SeedFollowUp> followUps;

	SeedService(CurrentSeed current, List<Seedable> parts, List<SeedFollowUp> followUps) {
		this.current = current;
		this.parts = parts;
		this.followUps = followUps;
	}

	public synchronized void reset(Seed seed) {
		this.current.set(seed);
		this.parts.forEach((part) -> part.apply(seed));
		this.followUps.forEach((followUp) -> followUp.afterReset(seed));
		log.info("Simulator seeded: account {}, plan {}, {} domains, {} sites, {} calling plans, {} users",
				seed.account().id(), seed.account().plan(), seed.domains().size(), seed.sites().size(),
				seed.callingPlans().size(), seed.users().size());
	}

	public synchronized void reset() {
		reset(this.current.get());
	}

}
