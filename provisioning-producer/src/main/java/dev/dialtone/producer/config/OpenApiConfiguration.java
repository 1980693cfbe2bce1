package dev.dialtone.producer.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the two ways a source system authenticates. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Dialtone provisioning producer", version = "v1",
		description = "HR changes in; IdentityEvents out on Kafka, answered 202 only after the broker acknowledged."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "Per-source token (dialtone.producer.sources.<name>.bearer-token); also the SCIM token on /scim/v2")
@SecurityScheme(name = "hmac", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
		paramName = "X-Dialtone-Signature",
		description = "v1=hex(HMAC_SHA256(secret, X-Dialtone-Timestamp + \".\" + body)) with headers X-Dialtone-Source "
				+ "and X-Dialtone-Timestamp (Unix seconds, within the replay window)")
class OpenApiConfiguration {

}
