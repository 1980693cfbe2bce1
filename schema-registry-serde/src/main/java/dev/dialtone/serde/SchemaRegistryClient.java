package dev.dialtone.serde;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Minimal client of the Confluent Schema Registry REST API, which Confluent Schema
 * Registry, Apicurio (ccompat), Karapace and Redpanda all serve. Every lookup is cached:
 * a schema id never changes meaning.
 */
public class SchemaRegistryClient {

	private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String authorization;

	private final HttpClient http;

	private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();

	private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

	private final Map<String, Integer> latestIds = new ConcurrentHashMap<>();

	/**
	 * @param baseUrl registry base URL, e.g. {@code http://registry:8081} or Apicurio's
	 * {@code http://registry:8080/apis/ccompat/v7}
	 * @param userInfo {@code user:password} for HTTP Basic auth, or null
	 */
	public SchemaRegistryClient(String baseUrl, String userInfo) {
		this.baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "schema.registry.url"));
		this.authorization = userInfo == null || userInfo.isBlank() ? null
				: "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	/**
	 * Registers the schema under the subject (or finds it registered already) and returns
	 * its global id.
	 */
	public int register(String subject, Schema schema) {
		return idsBySubjectSchema.computeIfAbsent(new SubjectSchema(subject, schema),
				key -> post("/subjects/" + encode(subject) + "/versions", schema).get("id").asInt());
	}

	/**
	 * Returns the id of a schema already registered under the subject; fails if it is not
	 * registered.
	 */
	public int lookup(String subject, Schema schema) {
		return idsBySubjectSchema.computeIfAbsent(new SubjectSchema(subject, schema),
				key -> post("/subjects/" + encode(subject), schema).get("id").asInt());
	}

	/** Id of the latest version registered under the subject. */
	public int latestId(String subject) {
		return latestIds.computeIfAbsent(subject,
				key -> get("/subjects/" + encode(subject) + "/versions/latest").get("id").asInt());
	}

	/** The writer schema registered with this id. */
	public Schema byId(int id) {
		return schemasById.computeIfAbsent(id,
				key -> new Schema.Parser().parse(get("/schemas/ids/" + id).get("schema").asText()));
	}

	private JsonNode post(String path, Schema schema) {
		String body = JSON.writeValueAsString(Map.of("schema", schema.toString()));
		return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private JsonNode get(String path) {
		return send(request(path).GET().build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", CONTENT_TYPE)
			.header("Content-Type", CONTENT_TYPE);
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	private JsonNode send(HttpRequest request) {
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new SchemaRegistryException(
					request.method() + " " + request.uri().getPath() + " failed: " + ex.getMessage(), -1, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SchemaRegistryException("Interrupted calling the schema registry", -1, ex);
		}
		if (response.statusCode() / 100 != 2) {
			throw new SchemaRegistryException(request.method() + " " + request.uri().getPath() + " answered "
					+ response.statusCode() + ": " + response.body(), response.statusCode(), null);
		}
		return JSON.readTree(response.body());
	}

	private static String encode(String subject) {
		return URLEncoder.encode(subject, StandardCharsets.UTF_8);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private record SubjectSchema(String subject, Schema schema) {
	}

}
