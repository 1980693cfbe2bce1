package dev.dialtone.local.benchmark;

/**
 * One benchmark run through the whole pipeline.
 *
 * @param id short name, used on the command line ({@code --only b3,kill3})
 * @param title shown in the report
 * @param plan the simulated account's plan (its rate limits are enforced)
 * @param workers worker instances
 * @param hires measured hires (or, for a trickle, hires per second × seconds)
 * @param mode how the hires are sent
 * @param trickleSeconds how long a trickle lasts
 */
record BenchScenario(String id, String title, String plan, int workers, int hires, Mode mode, int trickleSeconds) {

	/** Trickle rate: the 3 hires/s. */
	static final int TRICKLE_PER_SECOND = 3;

	enum Mode {

		/** every hire submitted at once, as a merger's bulk onboarding */
		BULK,

		/**
		 * bulk, and one worker killed with SIGKILL once 30 % of the hires have an outcome
		 */
		KILL,

		/** one hire at a time at {@link #TRICKLE_PER_SECOND} */
		TRICKLE

	}

	static BenchScenario bulk(String id, String plan, int workers, int hires) {
		String planName = plan.equals("PRO") ? "PRO" : "Business+";
		return new BenchScenario(id,
				hires + " hires, " + workers + " worker" + ((workers == 1) ? "" : "s") + ", " + planName, plan, workers,
				hires, Mode.BULK, 0);
	}

	static BenchScenario kill(String id, int hires) {
		return new BenchScenario(id, hires + " hires, 3 workers, Business+, one killed at 30 %", "BUSINESS_PLUS", 3,
				hires, Mode.KILL, 0);
	}

	static BenchScenario trickle(String id, int seconds) {
		return new BenchScenario(id,
				"trickle of " + TRICKLE_PER_SECOND + " hires/s for " + seconds + " s, 3 workers, Business+",
				"BUSINESS_PLUS", 3, TRICKLE_PER_SECOND * seconds, Mode.TRICKLE, seconds);
	}

}
