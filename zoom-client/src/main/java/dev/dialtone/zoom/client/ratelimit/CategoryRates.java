package dev.dialtone.zoom.client.ratelimit;

/**
 * Account-wide request rates for one API family.
 *
 * @param light requests per second in the Light category
 * @param medium requests per second in the Medium category
 * @param heavy requests per second in the Heavy category
 * @param resourceIntensivePerMinute requests per minute in the Resource-intensive
 * category
 */
public record CategoryRates(double light, double medium, double heavy, double resourceIntensivePerMinute) {

	public CategoryRates {
		if (light <= 0 || medium <= 0 || heavy <= 0 || resourceIntensivePerMinute <= 0) {
			throw new IllegalArgumentException("Rates must be positive");
		}
	}

	/**
	 * @param category a rate category
	 * @return the account-wide rate for that category in requests per second
	 */
	public double perSecond(RateCategory category) {
		return switch (category) {
			case LIGHT -> this.light;
			case MEDIUM -> this.medium;
			case HEAVY -> this.heavy;
			case RESOURCE_INTENSIVE -> this.resourceIntensivePerMinute / 60.0;
		};
	}

}
