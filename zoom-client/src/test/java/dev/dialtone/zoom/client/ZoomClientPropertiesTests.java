package dev.dialtone.zoom.client;

import java.net.URI;
import java.time.Duration;

import dev.dialtone.zoom.client.ratelimit.AccountRates;
import dev.dialtone.zoom.client.ratelimit.CategoryRates;
import dev.dialtone.zoom.client.ratelimit.Plan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@Tag("fast")
class ZoomClientPropertiesTests {

	private final ZoomClientProperties properties = ZoomClientProperties.of(null, null, "acct", "client",
			"s3cr3t-value");

	@Test
	void defaultsToZoomsUrlsAProPlanAndTheWholeBudget() {
		assertThat(this.properties.apiBaseUrl()).isEqualTo(URI.create("https://api.zoom.us/v2"));
		assertThat(this.properties.oauthUrl()).isEqualTo(URI.create("https://zoom.us/oauth/token"));
		assertThat(this.properties.plan()).isEqualTo(Plan.PRO);
		assertThat(this.properties.share()).isEqualTo(1.0);
		assertThat(this.properties.accountRates()).isEqualTo(AccountRates.PRO);
		assertThat(this.properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void toStringMasksTheSecret() {
		assertThat(this.properties.toString()).doesNotContain("s3cr3t-value").contains("clientSecret=******");
	}

	@Test
	void aCustomPlanNeedsCustomRates() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.properties.withPlan(Plan.CUSTOM, null));
		AccountRates custom = new AccountRates(new CategoryRates(5, 4, 3, 2), new CategoryRates(4, 3, 2, 1));
		assertThat(this.properties.withPlan(Plan.CUSTOM, custom).accountRates()).isEqualTo(custom);
	}

	@Test
	void rejectsSharesAndTimeoutsThatCannotWork() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.properties.withShare(0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.properties.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ZERO));
	}

}
