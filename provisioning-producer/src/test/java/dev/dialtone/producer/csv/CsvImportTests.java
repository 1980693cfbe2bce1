package dev.dialtone.producer.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.producer.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the import command in-process, exactly as its main would, against the real broker
 * and registry.
 */
class CsvImportTests {

	static final Path WORKDAY_SAMPLE = Path.of("examples/workday-sample.csv");

	final LocalPlatform platform = LocalPlatform.shared();

	final String topic = "test.csv-import." + UUID.randomUUID();

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	int run(Path csv, String mapping, String... extra) {
		List<String> args = new ArrayList<>(List.of(csv.toString(), "--mapping", mapping, "--topic", this.topic,
				"--bootstrap-servers", this.platform.bootstrapServers(), "--registry-url", this.platform.registryUrl(),
				"--sites", "NYC,LON", "--checkpoint", this.dir.resolve(csv.getFileName() + ".checkpoint").toString(),
				"--no-progress"));
		args.addAll(List.of(extra));
		PrintStream print = new PrintStream(this.out, true, StandardCharsets.UTF_8);
		return new ImportCommand(print, print).commandLine().execute(args.toArray(String[]::new));
	}

	String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	List<ConsumerRecord<String, IdentityEvent>> published() {
		return TopicRecords.read(this.platform.bootstrapServers(), this.platform.registryUrl(), this.topic);
	}

	@Test
	void shouldReportEveryBadRowWithItsLineAndImportTheRest() {
		this.platform.createTopics(this.topic);

		int dryRun = run(WORKDAY_SAMPLE, "workday", "--dry-run");
		assertThat(published()).isEmpty();
		int exit = run(WORKDAY_SAMPLE, "workday");

		assertThat(dryRun).isEqualTo(2);
		assertThat(output()).contains("Validated 10 rows of workday-sample.csv: 7 valid, 3 invalid",
				"Dry run: nothing sent.", "line 7: workEmail invalid", "line 8: employeeId required",
				"line 9: siteCode unknown_site", "line 9: effectiveDate invalid_date",
				"line 9: phone.extension invalid_extension", "line 9: phone.number invalid_number", "Imported 7 rows");
		assertThat(exit).isEqualTo(2);
		List<ConsumerRecord<String, IdentityEvent>> records = published();
		assertThat(records).extracting(ConsumerRecord::key)
			.containsExactlyInAnyOrder("21001", "21002", "21003", "21004", "21005", "21009", "21010");
		IdentityEvent grace = records.stream().filter((r) -> r.key().equals("21002")).findFirst().orElseThrow().value();
		assertThat(grace.getSourceSystem()).isEqualTo("workday");
		assertThat(grace.getEventType()).isEqualTo(EventType.HIRE);
		assertThat(grace.getPerson().getJobTitle()).isEqualTo("Rear Admiral, Retired");
		assertThat(grace.getPerson().getSiteCode()).isEqualTo("NYC");
		assertThat(grace.getPerson().getEffectiveDate()).hasToString("2026-12-01");
		assertThat(grace.getPerson().getPhone().getPhoneNumber()).isEqualTo("+12125550142");
		assertThat(records).filteredOn((r) -> r.key().equals("21005"))
			.extracting((r) -> r.value().getEventType())
			.containsExactly(EventType.TERMINATE);
	}

	@Test
	void shouldResumeAfterAnInterruptionWithoutDuplicates() throws IOException {
		Path csv = generate(this.dir.resolve("wave.csv"), 600);
		this.platform.createTopics(this.topic);

		int interrupted = run(csv, "workday", "--limit", "250");
		int sentBeforeResume = published().size();
		int resumed = run(csv, "workday");
		int again = run(csv, "workday");

		assertThat(interrupted).isEqualTo(4);
		assertThat(sentBeforeResume).isEqualTo(250);
		assertThat(resumed).isEqualTo(2);
		assertThat(again).isEqualTo(2);
		assertThat(output()).contains("Imported 347 rows", "250 already imported", "Imported 0 rows",
				"597 already imported");
		List<ConsumerRecord<String, IdentityEvent>> records = published();
		assertThat(records).hasSize(597);
		assertThat(records).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
		assertThat(records).extracting((r) -> r.value().getEventId()).doesNotHaveDuplicates();
	}

	@Test
	void shouldExplainAnExportThatDoesNotMatchItsMapping() throws IOException {
		Path csv = Files.writeString(this.dir.resolve("other.csv"), "Id,Mail\n1,a@corp.example\n");

		int exit = run(csv, "workday");

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("dialtone-import:", "lacks the mapped columns", "Employee_ID");
	}

	/** A Workday-shaped export with a bad email on every 200th row. */
	static Path generate(Path file, int rows) throws IOException {
		StringBuilder csv = new StringBuilder(Files.readAllLines(WORKDAY_SAMPLE).get(0)).append('\n');
		for (int i = 1; i <= rows; i++) {
			String email = (i % 200 == 0) ? "broken-" + i : "person" + i + "@corp.example";
			csv.append("W")
				.append(i)
				.append(",Hire Employee,First")
				.append(i)
				.append(",Last")
				.append(i)
				.append(',')
				.append(email)
				.append(",Engineer,Engineering,New York,12/01/2026,,,200\n");
		}
		return Files.writeString(file, csv);
	}

}
