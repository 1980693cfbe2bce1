package dev.dialtone.zoom.simulator;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The Zoom simulator. Auto-configuration is an explicit list, not classpath scanning,
 * because the simulator also runs inside other modules' test JVMs
 * ({@link ZoomSimulator#start}) whose classpath carries Kafka, actuator and their own
 * auto-configurations; the simulator must behave the same there as when run alone.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
		TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class })
@ComponentScan
@EnableConfigurationProperties(SimulatorProperties.class)
public class ZoomSimulatorApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/**
	 * Reads {@code zoom-simulator.yml} rather than {@code application.yml}: in another
	 * module's test JVM the host's application.yml (its server.port, Kafka settings) must
	 * not leak into the simulator.
	 */
	static SpringApplication application() {
		SpringApplication application = new SpringApplication(ZoomSimulatorApplication.class);
		application.setDefaultProperties(Map.of("spring.config.name", "zoom-simulator"));
		return application;
	}

}
