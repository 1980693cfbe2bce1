package dev.dialtone.zoom.simulator;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.dialtone.zoom.simulator.ZoomHttp.Reply;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Zoom's published Phone OpenAPI spec as a validator. The spec lives beside the
 * repository ({@code <repo>/../shared/zoom-openapi/zoom-phone-openapi.json});
 * {@code -Dzoom.phone.openapi=/path} overrides.
 */
final class PhoneSpec {

	private final OpenApiInteractionValidator validator;

	PhoneSpec() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		// Zoom's spec has a few defects elsewhere (e.g. a DELETE with an empty
		// requestBody) that make the strict
		// loader give up; parse leniently and validate against what parsed.
		OpenAPI api = new OpenAPIV3Parser().readLocation(location().toUri().toString(), null, options).getOpenAPI();
		this.validator = OpenApiInteractionValidator.createFor(api)
			// The spec declares no body for error responses; Zoom (and the simulator)
			// still send {code,message}.
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.response.body.unexpected", ValidationReport.Level.IGNORE)
				.build())
			.build();
	}

	static Path location() {
		String override = System.getProperty("zoom.phone.openapi");
		if (override != null && !override.isBlank()) {
			return Path.of(override);
		}
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Cannot find the repository root (a directory with mvnw) above "
					+ Path.of("").toAbsolutePath() + "; set -Dzoom.phone.openapi");
		}
		return dir.resolve("../shared/zoom-openapi/zoom-phone-openapi.json").normalize();
	}

	/**
	 * Validates one exchange (our request and the simulator's response) against the spec.
	 */
	ValidationReport validate(String method, String pathAndQuery, String requestBody, Reply reply) {
		return validate(method, pathAndQuery, requestBody, reply.status(), reply.response().headers().map(),
				reply.body());
	}

	ValidationReport validate(String method, String pathAndQuery, String requestBody, int status,
			Map<String, List<String>> headers, String body) {
		URI uri = URI.create("http://x" + pathAndQuery);
		SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), "/v2" + uri.getPath())
			.withHeader("Authorization", "Bearer token");
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				String[] kv = pair.split("=", 2);
				request.withQueryParam(kv[0], (kv.length > 1) ? kv[1] : "");
			}
		}
		if (requestBody != null) {
			request.withContentType("application/json").withBody(requestBody);
		}
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		for (Map.Entry<String, List<String>> header : headers.entrySet()) {
			response.withHeader(header.getKey(), header.getValue());
		}
		if (body != null && !body.isEmpty()) {
			response.withContentType("application/json").withBody(body);
		}
		return this.validator.validate(request.build(), response.build());
	}

}
