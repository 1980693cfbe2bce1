package dev.dialtone.zoom.client.autoconfigure;

import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service that depends on zoom-client a {@link ZoomClient} bean configured
 * from {@code dialtone.zoom.*}.
 */
@AutoConfiguration
@EnableConfigurationProperties(ZoomClientProperties.class)
public class ZoomClientAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	ZoomClient zoomClient(ZoomClientProperties properties, ObjectProvider<MeterRegistry> meterRegistry) {
		// without actuator there is no registry; metrics then stay in memory rather than
		// failing startup
		return ZoomClient.create(properties, meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
	}

}
