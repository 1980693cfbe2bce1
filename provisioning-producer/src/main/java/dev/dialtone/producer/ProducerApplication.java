package dev.dialtone.producer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * HR changes in (signed HTTP, SCIM 2.0), IdentityEvents out on Kafka. The CSV import is
 * {@code csv.ImportCommand}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProducerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProducerApplication.class, args);
	}

}
