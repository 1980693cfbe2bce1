package dev.dialtone.zoom.simulator;

import dev.dialtone.zoom.simulator.seed.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One simulator per test class, reached over HTTP like Zoom. Each class gets a fresh
 * process-local simulator so no class sees another's users, faults or rate windows; the
 * fields are static only because JUnit starts it once per class, which is safe while test
 * classes run one after another (no parallel execution is configured).
 */
abstract class SimulatorTestSupport {

	static ZoomSimulator simulator;

	static ZoomHttp zoom;

	@BeforeAll
	static void startSimulator() {
		simulator = ZoomSimulator.start(Seed.demo());
		zoom = new ZoomHttp(simulator);
	}

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	/**
	 * Wipes the world and applies {@code seed}; the cached token was issued by the old
	 * world, so it goes too.
	 */
	static void reseed(Seed seed) {
		simulator.seed(seed);
		zoom.forgetToken();
	}

}
