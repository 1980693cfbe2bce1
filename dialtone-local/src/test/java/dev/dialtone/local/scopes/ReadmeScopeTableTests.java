package dev.dialtone.local.scopes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.dialtone.zoom.client.ZoomEndpoint;
import dev.dialtone.zoom.simulator.api.RequiredScopes;
import dev.dialtone.zoom.simulator.api.RequiredScopes.EndpointScopes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root README's scope tables are what the services' code needs: every Zoom endpoint a
 * service's compiled code calls (through the client) is a row marked for that service and
 * no row is marked for a service that does not call it; each row's scopes are ones the
 * endpoint accepts (the simulator's per-endpoint declaration, itself checked against
 * Zoom's Phone spec); each service's summary row is the union of its rows. A new Zoom
 * call fails here until the README says which scope it needs.
 */
@Tag("fast")
class ReadmeScopeTableTests {

	private static final Path ROOT = Path.of("..");

	private static final String SECTION = "### Zoom scopes of the Server-to-Server app";

	private static final Map<String, Integer> SERVICES = Map.of("provisioning-worker", 1, "status-auditor", 2,
			"provisioning-producer", 3);

	private static final ZoomCallsOfServices calls = new ZoomCallsOfServices(
			ROOT.resolve("zoom-client/target/classes"));

	@Test
	void everyZoomCallOfEveryServiceIsARowMarkedForItAndNoOtherIs() throws IOException {
		Map<String, List<String>> rows = endpointRows();
		Map<String, Set<String>> marked = new TreeMap<>();
		Map<String, Set<String>> called = new TreeMap<>();
		SERVICES.forEach((service, column) -> {
			called.put(service, keys(calls.endpointsCalledBy(classes(service))));
			marked.put(service,
					rows.entrySet()
						.stream()
						.filter((row) -> row.getValue().get(column).equals("✓"))
						.map(Map.Entry::getKey)
						.collect(Collectors.toCollection(TreeSet::new)));
		});
		assertThat(marked).as("README rows marked per service").isEqualTo(called);
	}

	@Test
	void theProducerCallsNoZoomApi() {
		assertThat(calls.endpointsCalledBy(classes("provisioning-producer"))).isEmpty();
		assertThat(calls.endpointsCalledBy(classes("provisioning-worker"))).isNotEmpty();
	}

	@Test
	void eachRowsScopesAreOnesZoomAcceptsForTheEndpoint() throws IOException {
		endpointRows().forEach((key, row) -> {
			EndpointScopes accepted = RequiredScopes.of(key);
			assertThat(accepted).as("the simulator declares no scopes for " + key).isNotNull();
			assertThat(scopes(row.get(4))).as("classic scope of " + key)
				.singleElement()
				.satisfies((scope) -> assertThat(accepted.classic()).contains(scope))
				.satisfies((scope) -> assertThat(scope).endsWith(":admin"));
			if (accepted.granular().isEmpty()) {
				assertThat(row.get(5)).as("granular scope of " + key).contains("none known");
			}
			else {
				assertThat(scopes(row.get(5))).as("granular scope of " + key)
					.singleElement()
					.satisfies((scope) -> assertThat(accepted.granular()).contains(scope))
					.satisfies((scope) -> assertThat(scope).endsWith(":admin"));
			}
		});
	}

	@Test
	void eachServicesSummaryIsTheUnionOfItsRows() throws IOException {
		Map<String, List<String>> rows = endpointRows();
		Map<String, List<String>> summary = tableRows("| `provisioning-");
		summary.putAll(tableRows("| `status-auditor`"));
		assertThat(summary.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES.keySet());
		SERVICES.forEach((service, column) -> {
			Set<String> classic = new TreeSet<>();
			Set<String> granular = new TreeSet<>();
			rows.values().stream().filter((row) -> row.get(column).equals("✓")).forEach((row) -> {
				classic.addAll(scopes(row.get(4)));
				// no granular name known: an app on granular scopes keeps the classic one
				granular.addAll(row.get(5).contains("none known") ? scopes(row.get(4)) : scopes(row.get(5)));
			});
			assertThat(scopes(summary.get(service).get(1))).as("classic scopes of " + service)
				.containsExactlyInAnyOrderElementsOf(classic);
			assertThat(scopes(summary.get(service).get(2))).as("granular scopes of " + service)
				.containsExactlyInAnyOrderElementsOf(granular);
		});
	}

	private static Path classes(String service) {
		return ROOT.resolve(service).resolve("target/classes");
	}

	private static Set<String> keys(Set<ZoomEndpoint> endpoints) {
		return endpoints.stream()
			.map((e) -> e.method() + " " + e.pathTemplate())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The backticked scope names in a cell. */
	private static List<String> scopes(String cell) {
		return Arrays.stream(cell.split("`")).filter((part) -> part.contains(":")).toList();
	}

	/** Rows of the per-endpoint table: first cell a backticked "METHOD /path". */
	private static Map<String, List<String>> endpointRows() throws IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (String prefix : List.of("| `GET /", "| `POST /", "| `PUT /", "| `PATCH /", "| `DELETE /")) {
			rows.putAll(tableRows(prefix));
		}
		assertThat(rows).as("README scope table").isNotEmpty();
		return rows;
	}

	/** The README's lines from the scope section's heading to the next heading. */
	private static List<String> scopeSection() throws IOException {
		List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
		int start = lines.indexOf(SECTION);
		assertThat(start).as("README has the section " + SECTION).isNotNegative();
		int end = start + 1;
		while (end < lines.size() && !lines.get(end).startsWith("#")) {
			end++;
		}
		return lines.subList(start + 1, end);
	}

	private static Map<String, List<String>> tableRows(String prefix) throws IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (String line : scopeSection()) {
			if (!line.startsWith(prefix)) {
				continue;
			}
			List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
				.map(String::strip)
				.toList();
			String key = cells.get(0).replace("`", "");
			assertThat(rows.put(key, cells)).as("README lists " + key + " twice").isNull();
		}
		return rows;
	}

}
