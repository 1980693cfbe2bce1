package dev.dialtone.producer.csv;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.dialtone.platform.LocalPlatform;

/**
 * Measures the CSV import rate: 100,000 Workday-shaped rows into the local broker and
 * registry, through the same command a user runs. Not a test (timings on shared machines
 * make flaky tests); run {@code measure-csv-import.sh}.
 */
public final class CsvImportBenchmark {

	private CsvImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path result = Path.of((args.length > 0) ? args[0] : "target/csv-import-rate.txt");
		int rows = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		LocalPlatform platform = LocalPlatform.shared();
		String topic = "bench.identity-events." + System.currentTimeMillis();
		platform.createTopics(topic);
		Path dir = Files.createTempDirectory("dialtone-csv-bench");
		Path csv = CsvImportTests.generate(dir.resolve("workday-100k.csv"), rows);
		Path sendRate = dir.resolve("send-rate.txt");
		long started = System.nanoTime();
		int exit = new ImportCommand(System.out, System.err).commandLine()
			.execute(csv.toString(), "--mapping", "workday", "--topic", topic, "--bootstrap-servers",
					platform.bootstrapServers(), "--registry-url", platform.registryUrl(), "--rate-file",
					sendRate.toString());
		double total = (System.nanoTime() - started) / 1e9;
		String figure = String.format(
				"CSV import of %,d rows (%,d invalid, reported and skipped), exit %d: "
						+ "total %.2f s including validation = %,.0f rows/s; publish phase: %s",
				rows, rows / 200, exit, total, rows / total, Files.readString(sendRate).strip());
		Files.writeString(result, figure + System.lineSeparator());
		System.out.println(figure);
		System.exit(0);
	}

}
