package dev.dialtone.zoom.client.autoconfigure;

import java.net.URI;
import java.time.Duration;

import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.ratelimit.ApiFamily;
import dev.dialtone.zoom.client.ratelimit.Plan;
import dev.dialtone.zoom.client.ratelimit.RateCategory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class ZoomClientAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZoomClientAutoConfiguration.class));

	@Test
	void bindsDialtoneZoomPropertiesIntoAZoomClientBean() {
		this.runner
			.withPropertyValues("dialtone.zoom.api-base-url=http://127.0.0.1:8090/v2",
					"dialtone.zoom.oauth-url=http://127.0.0.1:8090/oauth/token", "dialtone.zoom.account-id=acct",
					"dialtone.zoom.client-id=id", "dialtone.zoom.client-secret=very-secret",
					"dialtone.zoom.plan=business-plus", "dialtone.zoom.share=0.5", "dialtone.zoom.read-timeout=3s")
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				ZoomClientProperties properties = context.getBean(ZoomClientProperties.class);
				assertThat(properties.apiBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:8090/v2"));
				assertThat(properties.plan()).isEqualTo(Plan.BUSINESS_PLUS);
				assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(properties.toString()).doesNotContain("very-secret");
				ZoomClient client = context.getBean(ZoomClient.class);
				assertThat(client.rateBudget().share()).isEqualTo(0.5);
				assertThat(client.rateBudget().permitsPerSecond(ApiFamily.PHONE, RateCategory.LIGHT)).isEqualTo(19);
				assertThat(context.getBean(MeterRegistry.class).find("dialtone.zoom.limiter.share").gauges())
					.hasSize(8);
			});
	}

	@Test
	void customPlanRatesBindFromProperties() {
		this.runner
			.withPropertyValues("dialtone.zoom.plan=CUSTOM", "dialtone.zoom.custom-rates.standard.light=8",
					"dialtone.zoom.custom-rates.standard.medium=6", "dialtone.zoom.custom-rates.standard.heavy=4",
					"dialtone.zoom.custom-rates.standard.resource-intensive-per-minute=2",
					"dialtone.zoom.custom-rates.phone.light=4", "dialtone.zoom.custom-rates.phone.medium=2",
					"dialtone.zoom.custom-rates.phone.heavy=1",
					"dialtone.zoom.custom-rates.phone.resource-intensive-per-minute=1")
			.run((context) -> {
				ZoomClient client = context.getBean(ZoomClient.class);
				assertThat(client.rateBudget().accountRates().standard().light()).isEqualTo(8);
				assertThat(client.rateBudget().accountRates().phone().perSecond(RateCategory.LIGHT)).isEqualTo(4);
			});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnClient() {
		ZoomClient own = ZoomClient.create(ZoomClientProperties.of(null, null, "a", "b", "c"),
				new SimpleMeterRegistry());
		this.runner.withBean(ZoomClient.class, () -> own)
			.run((context) -> assertThat(context.getBean(ZoomClient.class)).isSameAs(own));
	}

}
