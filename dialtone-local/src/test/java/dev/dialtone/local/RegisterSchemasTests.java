package dev.dialtone.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.serde.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterSchemasTests {

	private final String registryUrl = LocalPlatform.shared().registryUrl();

	@Test
	void registersEverySubjectAndASecondRunAnswersTheSameIds() {
		Run first = run("--registry", registryUrl);
		Run second = run("--registry", registryUrl);

		assertThat(first.exitCode()).isZero();
		assertThat(first.lines()).hasSize(SchemaSubjects.catalogue().size())
			.anyMatch((line) -> line
				.matches("dialtone\\.identity-events-value -> dev\\.dialtone\\.contracts\\.IdentityEvent id \\d+"))
			.anyMatch((line) -> line.startsWith("dialtone.pending-anomalies.domain-not-verified-value -> "))
			.anyMatch((line) -> line.startsWith(
					"dialtone.auditor.latest-outcomes-value -> " + "dev.dialtone.contracts.ProvisioningOutcome id "));
		assertThat(second.exitCode()).isZero();
		assertThat(second.lines()).isEqualTo(first.lines());
		SchemaRegistryClient client = new SchemaRegistryClient(registryUrl, null);
		assertThat(client.latestId("dialtone.audit-value"))
			.isEqualTo(Integer.parseInt(idOf(first, "dialtone.audit-value")));
	}

	@Test
	void namesASubjectForEveryCatalogueTopicWithAValueSchema() {
		List<String> subjects = SchemaSubjects.catalogue().stream().map(SchemaSubjects::subject).toList();

		for (DialtoneTopic topic : DialtoneTopic.values()) {
			if (topic.valueSchema().isEmpty()) {
				assertThat(subjects).doesNotContain(topic.defaultName() + "-value");
			}
			else if (topic.isFamily()) {
				for (PendingCause cause : PendingCause.values()) {
					assertThat(subjects).contains(
							DialtoneTopic.routeOf(DialtoneTopic.PENDING_ANOMALIES.defaultName(), cause) + "-value");
				}
			}
			else {
				assertThat(subjects).contains(topic.defaultName() + "-value");
			}
		}
		assertThat(subjects).doesNotHaveDuplicates();
	}

	@Test
	void reportsAnIncompatibleSubjectAndExitsNonZeroAfterTryingTheRest() {
		String prefix = "rs-" + UUID.randomUUID() + ".";
		List<SchemaSubjects> subjects = SchemaSubjects.catalogue((topic) -> prefix + topic);
		String clash = subjects.stream()
			.filter((s) -> s.subject().endsWith(".notifications-value"))
			.findFirst()
			.orElseThrow()
			.subject();
		SchemaRegistryClient client = new SchemaRegistryClient(registryUrl, null);
		// same record name, one required int field: Dialtone's Notification cannot read
		// it (BACKWARD)
		client.register(clash, new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Notification\","
				+ "\"namespace\":\"dev.dialtone.contracts\",\"fields\":[{\"name\":\"legacy\",\"type\":\"int\"}]}"));
		Output out = new Output();
		Output err = new Output();

		int exitCode = RegisterSchemas.register(new SchemaRegistryClient(registryUrl, null), subjects, out.stream,
				err.stream);

		assertThat(exitCode).isEqualTo(1);
		assertThat(out.lines()).hasSize(subjects.size())
			.filteredOn((line) -> line.contains("REFUSED"))
			.singleElement()
			.satisfies((line) -> assertThat(line).startsWith(clash + " REFUSED: ").contains("409"));
		assertThat(err.text()).contains("1 of " + subjects.size());
	}

	@Test
	void dryRunNamesEachSubjectsSchemaWithoutARegistry() {
		Run dry = run("--dry-run");

		assertThat(dry.exitCode()).isZero();
		assertThat(dry.lines()).contains("dialtone.pending-incidents-value -> dev.dialtone.contracts.PendingIncident",
				"dialtone.pending-anomalies.unknown-value -> dev.dialtone.contracts.PendingAnomaly");
	}

	@Test
	void refusesToRunWithoutARegistry() {
		assertThat(run().exitCode()).isEqualTo(2);
	}

	private static String idOf(Run run, String subject) {
		return run.lines()
			.stream()
			.filter((line) -> line.startsWith(subject + " -> "))
			.findFirst()
			.orElseThrow()
			.replaceAll(".* id ", "");
	}

	private static Run run(String... args) {
		Output out = new Output();
		int exitCode = RegisterSchemas.run(args, Map.of(), out.stream, new Output().stream);
		return new Run(exitCode, out.lines());
	}

	private record Run(int exitCode, List<String> lines) {
	}

	private static final class Output {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

		String text() {
			return bytes.toString(StandardCharsets.UTF_8);
		}

		List<String> lines() {
			return text().lines().toList();
		}

	}

}
