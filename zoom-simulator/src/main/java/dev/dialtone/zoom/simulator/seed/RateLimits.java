package dev.dialtone.zoom.simulator.seed;

/**
 * Custom per-second (per-minute for resource-intensive) limits and daily caps for plan
 * CUSTOM; 0 or absent means "no limit" for that figure.
 */
public record RateLimits(int light, int medium, int heavy, int resourceIntensivePerMinute, int phoneLight,
		int phoneMedium, int phoneHeavy, int phoneResourceIntensivePerMinute, int lightDaily, int mediumDaily,
		int heavyDaily, int phoneHeavyDaily, int createDaily) {

	public static RateLimits unlimited() {
		return new RateLimits(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

}
