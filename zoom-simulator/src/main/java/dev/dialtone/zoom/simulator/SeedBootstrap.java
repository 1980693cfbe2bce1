package dev.dialtone.zoom.simulator;

import java.nio.file.Path;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.SeedService;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Seeds the world before the server takes requests: from {@code zoom.simulator.seed},
 * else the demo world.
 */
@Component
class SeedBootstrap implements InitializingBean {

	private final SimulatorProperties properties;

	private final SeedService seeds;

	SeedBootstrap(SimulatorProperties properties, SeedService seeds) {
		this.properties = properties;
		this.seeds = seeds;
	}

	@Override
	public void afterPropertiesSet() {
		String path = this.properties.seed();
		this.seeds.reset((path == null || path.isBlank()) ? Seed.demo() : Seed.fromYaml(Path.of(path)));
	}

}
