package dev.dialtone.auditor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The status auditor: catches, explains, routes, re-checks and remediates pending Zoom
 * users.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AuditorApplication {

	public static void main(String[] args) {
		SpringApplication.run(AuditorApplication.class, args);
	}

}
