package dev.dialtone.zoom.client.ratelimit;

/**
 * The whole account's budget: one set of category rates for the standard APIs and one for
 * Zoom Phone.
 *
 * @param standard users, accounts and other non-phone APIs
 * @param phone the Zoom Phone API
 */
public record AccountRates(CategoryRates standard, CategoryRates phone) {

	/**
	 * Pro: 30/20/10 per second and 10 per minute; Phone 20/10/5 per second and 5 per
	 * minute.
	 */
	public static final AccountRates PRO = new AccountRates(new CategoryRates(30, 20, 10, 10),
			new CategoryRates(20, 10, 5, 5));

	/**
	 * Business+: 80/60/40 per second and 20 per minute; Phone 40/20/10 per second and 10
	 * per minute.
	 */
	public static final AccountRates BUSINESS_PLUS = new AccountRates(new CategoryRates(80, 60, 40, 20),
			new CategoryRates(40, 20, 10, 10));

	public AccountRates {
		if (standard == null || phone == null) {
			throw new IllegalArgumentException("Both standard and phone rates are required");
		}
	}

	/**
	 * @param plan a named plan
	 * @param custom rates for {@link Plan#CUSTOM} (ignored otherwise)
	 * @return the account's rates
	 */
	public static AccountRates forPlan(Plan plan, AccountRates custom) {
		return switch (plan) {
			case PRO -> PRO;
			case BUSINESS_PLUS -> BUSINESS_PLUS;
			case CUSTOM -> {
				if (custom == null) {
					throw new IllegalArgumentException("Plan CUSTOM needs dialtone.zoom.custom-rates");
				}
				yield custom;
			}
		};
	}

	/**
	 * @param family API family
	 * @param category rate category
	 * @return the account-wide rate in requests per second
	 */
	public double perSecond(ApiFamily family, RateCategory category) {
		return ((family == ApiFamily.PHONE) ? this.phone : this.standard).perSecond(category);
	}

}
