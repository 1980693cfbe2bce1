package dev.dialtone.zoom.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulator's own settings: {@code zoom.simulator.seed} is a YAML seed file path;
 * empty means the bundled demo world ({@code Seed.demo()}).
 */
@ConfigurationProperties("zoom.simulator")
record SimulatorProperties(String seed) {
}
