package dev.dialtone.diagnose;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.control.RequestLogEntry;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seed.SeedUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command over HTTP against the simulator holding the demo world's existing users:
 * what it reports, that its JSON has the documented shape, and, from the simulator's own
 * request log, that it never writes.
 */
class DiagnoseCommandTests {

	private static final Set<String> WRITES = Set.of("POST", "PATCH", "PUT", "DELETE");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ZoomSimulator simulator;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void startSimulator() {
		simulator = ZoomSimulator.start(Seed.demoWithExistingUsers());
	}

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@BeforeEach
	void freshWorld() {
		simulator.seed(Seed.demoWithExistingUsers());
		simulator.clearRequestLog();
	}

	@Test
	void reportsEachPendingUserWithItsCauseAndTheLeaversLinesAndNeverWrites() throws Exception {
		Path json = this.dir.resolve("diagnosis.json");
		Path csv = this.dir.resolve("diagnosis.csv");
		assertThat(run(credentials(), "--json", json.toString(), "--csv", csv.toString())).isZero();

		List<RequestLogEntry> log = simulator.requestLog();
		assertThat(log).filteredOn((entry) -> entry.path().startsWith("/v2/"))
			.isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.method()).isNotIn(WRITES));
		assertThat(log).filteredOn((entry) -> WRITES.contains(entry.method()))
			.extracting(RequestLogEntry::path)
			.containsOnly("/oauth/token");

		JsonNode diagnosis = JSON.readTree(json.toFile());
		assertThat(diagnosis.get("pendingByCause").get("DOMAIN_NOT_VERIFIED").asInt()).isEqualTo(3);
		assertThat(diagnosis.get("pendingByCause").get("EXISTING_PERSONAL_ACCOUNT").asInt()).isEqualTo(3);
		JsonNode ana = pendingUser(diagnosis, "ana.silva@acquired.example");
		assertThat(ana.get("zoomUserId").asString()).isEqualTo(simulator.user("ana.silva@acquired.example").id());
		assertThat(ana.get("evidence").get("domainStatus").asString()).isEqualTo("unverified");
		assertThat(ana.get("remediationSteps").get(0).asString()).contains("verify acquired.example");
		assertThat(pendingUser(diagnosis, "kim.lee@typo-corp.example").get("evidence").get("domainStatus").asString())
			.isEqualTo("not listed");
		JsonNode tom = pendingUser(diagnosis, "tom.becker@corp.example");
		assertThat(tom.get("cause").asString()).isEqualTo("EXISTING_PERSONAL_ACCOUNT");
		assertThat(tom.get("evidence").get("alsoPossible").asString()).contains("action=create");
		JsonNode leavers = diagnosis.get("deactivatedPhoneUsers");
		assertThat(leavers.get("holdingLines").asInt()).isEqualTo(2);
		assertThat(leavers.get("phoneNumbers").asInt()).isEqualTo(3);
		assertThat(leavers.get("callingPlans").get("UNLIMITED_PLAN_US_CA").asInt()).isEqualTo(2);
		assertThat(diagnosis.get("zoomRequests").asInt()).isEqualTo(3);

		assertThat(schemaErrors(Files.readString(json))).isEmpty();
		assertThat(Files.readAllLines(csv)).hasSize(1 + 6 + 2).first().asString().startsWith("kind,email,zoomUserId");
		String table = this.out.toString(StandardCharsets.UTF_8);
		assertThat(table).contains("Pending users: 6")
			.contains("DOMAIN_NOT_VERIFIED on acquired.example (2, WARNING)")
			.contains("DOMAIN_NOT_VERIFIED on typo-corp.example (1, WARNING)")
			.contains("EXISTING_PERSONAL_ACCOUNT on corp.example (3, WARNING)")
			.contains("eve.martin@corp.example")
			.contains("no writes");
	}

	@Test
	void theSchemaRejectsWhatItDoesNotDocument() throws Exception {
		Path json = this.dir.resolve("diagnosis.json");
		assertThat(run(credentials(), "--json", json.toString())).isZero();
		String valid = Files.readString(json);
		assertThat(schemaErrors(valid.replace("\"DOMAIN_NOT_VERIFIED\"", "\"SOMETHING_ELSE\""))).isNotEmpty();
		assertThat(schemaErrors(valid.replace("\"zoomRequests\"", "\"requests\""))).isNotEmpty();
	}

	@Test
	void readsEveryPageOfALargeAccount() {
		List<SeedUser> users = new ArrayList<>();
		for (int i = 0; i < 650; i++) {
			users.add(new SeedUser("person" + i + "@acquired.example", "P", "N" + i, "ssoCreate", false, null));
		}
		simulator.seed(Seed.builder().users(users).build());
		simulator.clearRequestLog();
		assertThat(run(credentials(), "--json", "-", "--plan", "BUSINESS_PLUS")).isZero();
		String json = this.out.toString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"DOMAIN_NOT_VERIFIED\" : 650");
		assertThat(simulator.requestLog()).filteredOn((entry) -> "/v2/users".equals(entry.path())).hasSize(3);
	}

	@Test
	void someButNotAllCredentialsIsAClearUsageError() {
		assertThat(run(Map.of("ZOOM_ACCOUNT_ID", "acct"))).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("missing: ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET");
		assertThat(simulator.requestLog()).isEmpty();
	}

	@Test
	void badCredentialsAreReportedNotThrown() {
		Map<String, String> wrong = Map.of("ZOOM_ACCOUNT_ID", simulator.accountId(), "ZOOM_CLIENT_ID",
				simulator.clientId(), "ZOOM_CLIENT_SECRET", "not-the-secret");
		assertThat(run(wrong)).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Zoom could not be read: UNAUTHORIZED")
			.doesNotContain("not-the-secret");
	}

	@Test
	void withNoCredentialsItDiagnosesTheDemoWorldInProcess() {
		assertThat(run(Map.of())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("the simulator's demo world")
			.contains("Pending users: 6");
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("Simulator request log: {GET=3} to /v2 and 1 token request(s)");
	}

	private int run(Map<String, String> environment, String... args) {
		List<String> all = new ArrayList<>(List.of("--no-progress"));
		if (!environment.isEmpty()) {
			all.addAll(List.of("--api-base-url", simulator.baseUrl(), "--oauth-url", simulator.oauthUrl()));
		}
		all.addAll(List.of(args));
		DiagnoseCommand command = new DiagnoseCommand(environment::get,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		return new CommandLine(command).execute(all.toArray(String[]::new));
	}

	private static Map<String, String> credentials() {
		return Map.of("ZOOM_ACCOUNT_ID", simulator.accountId(), "ZOOM_CLIENT_ID", simulator.clientId(),
				"ZOOM_CLIENT_SECRET", simulator.clientSecret());
	}

	private static JsonNode pendingUser(JsonNode diagnosis, String email) {
		for (JsonNode user : diagnosis.get("pendingUsers")) {
			if (email.equals(user.get("email").asString())) {
				return user;
			}
		}
		throw new AssertionError("no pending user " + email);
	}

	private static List<Error> schemaErrors(String json) throws Exception {
		try (InputStream schemaText = DiagnoseCommandTests.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
			Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
			return schema.validate(json, InputFormat.JSON);
		}
	}

}
