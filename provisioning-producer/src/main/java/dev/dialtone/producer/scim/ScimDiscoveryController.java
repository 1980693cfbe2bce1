package dev.dialtone.producer.scim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SCIM discovery documents; static, so they live as JSON files next to the code's
 * resources.
 */
// SCIM is specified by RFC 7644 and self-described by /Schemas; swagger-core cannot model
// Jackson 3 trees anyway
@Hidden
@RestController
@RequestMapping(path = "/scim/v2", produces = { ScimMediaTypes.SCIM_JSON, "application/json" })
class ScimDiscoveryController {

	private final JsonNode serviceProviderConfig;

	private final JsonNode schemas;

	private final JsonNode resourceTypes;

	ScimDiscoveryController(JsonMapper json) {
		this.serviceProviderConfig = read(json, "ServiceProviderConfig.json");
		this.schemas = read(json, "Schemas.json");
		this.resourceTypes = read(json, "ResourceTypes.json");
	}

	@GetMapping("/ServiceProviderConfig")
	JsonNode serviceProviderConfig() {
		return this.serviceProviderConfig;
	}

	@GetMapping("/Schemas")
	JsonNode schemas() {
		return this.schemas;
	}

	@GetMapping("/ResourceTypes")
	JsonNode resourceTypes() {
		return this.resourceTypes;
	}

	private static JsonNode read(JsonMapper json, String name) {
		try (InputStream in = new ClassPathResource("scim/" + name).getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
