package dev.dialtone.producer.csv;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.dialtone.contracts.topics.DialtoneTopic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dialtone-import}: bulk-loads an HR export into the identity topic. Spring-free
 * so it starts in a blink; run it from the producer's exec jar with PropertiesLauncher
 * (see README).
 */
@Command(name = "dialtone-import", mixinStandardHelpOptions = true, sortOptions = false, exitCodeOnInvalidInput = 1,
		description = "Validate an HR export (CSV), report every bad row, then publish the valid rows as IdentityEvents.",
		exitCodeListHeading = "Exit codes:%n",
		exitCodeList = { "0:all rows imported", "1:could not run (file, mapping, checkpoint)",
				"2:invalid rows were reported and skipped, the rest imported",
				"3:some rows not acknowledged; rerun to resume",
				"4:stopped early (--limit or interrupted); rerun to resume" })
public class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", description = "The CSV export (UTF-8, header row first).")
	Path file;

	@Option(names = { "-m", "--mapping" }, required = true,
			description = "Mapping file, or a built-in mapping: workday, bamboohr.")
	String mapping;

	@Option(names = "--bootstrap-servers", defaultValue = "${env:DIALTONE_KAFKA_BOOTSTRAP:-127.0.0.1:9092}",
			description = "Kafka bootstrap servers (env DIALTONE_KAFKA_BOOTSTRAP).")
	String bootstrapServers;

	@Option(names = "--registry-url",
			defaultValue = "${env:DIALTONE_SCHEMA_REGISTRY_URL:-http://127.0.0.1:8081/apis/ccompat/v7}",
			description = "Confluent-compatible registry URL (env DIALTONE_SCHEMA_REGISTRY_URL).")
	String registryUrl;

	@Option(names = "--auto-register-schemas", arity = "1",
			defaultValue = "${env:DIALTONE_AUTO_REGISTER_SCHEMAS:-true}", description = "true or false.")
	boolean autoRegister;

	// the catalogue's name as the field's initial value: picocli takes it as the default
	@Option(names = "--topic", description = "Identity events topic (default: ${DEFAULT-VALUE}).")
	String topic = DialtoneTopic.IDENTITY_EVENTS.defaultName();

	@Option(names = "--sites", split = ",", defaultValue = "${env:DIALTONE_SITE_CODES:-NYC}",
			description = "Known site codes (comma-separated).")
	Set<String> sites;

	@Option(names = "--checkpoint", description = "Acknowledged-rows file (default: <file>.checkpoint).")
	Path checkpoint;

	@Option(names = "--dry-run", description = "Validate and report only; send nothing.")
	boolean dryRun;

	@Option(names = "--fail-on-invalid", description = "Send nothing when any row is invalid.")
	boolean failOnInvalid;

	@Option(names = "--limit", defaultValue = "" + Long.MAX_VALUE, description = "Send at most this many rows now.")
	long limit;

	@Option(names = "--no-progress", negatable = true, defaultValue = "true", description = "Progress bar on stderr.")
	boolean progress;

	@Option(names = "--rate-file", description = "Write the measured import rate (rows/s) to this file.")
	Path rateFile;

	private final PrintStream out;

	private final PrintStream err;

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile CsvImport running;

	public ImportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		ImportCommand command = new ImportCommand(System.out, System.err);
		// Ctrl-C: stop sending, let acknowledged rows reach the checkpoint, then exit
		Runtime.getRuntime().addShutdownHook(new Thread(command::interrupt, "import-stop"));
		System.exit(command.commandLine().execute(args));
	}

	/**
	 * The picocli front end: usage errors and failures print one line and exit 1, never a
	 * stack trace.
	 */
	public CommandLine commandLine() {
		return new CommandLine(this).setExecutionExceptionHandler((ex, cmd, parsed) -> {
			this.err.println("dialtone-import: " + ex.getMessage());
			return 1;
		});
	}

	@Override
	public Integer call() throws Exception {
		try {
			ColumnMapping columns = ColumnMapping.load(this.mapping);
			CsvImport csvImport = new CsvImport(columns, this.sites, this.out, this.progress ? this.err : null);
			this.running = csvImport;
			ValidationPass validated = csvImport.validate(this.file);
			if (this.dryRun || (this.failOnInvalid && validated.invalid() > 0)) {
				this.out.println(this.dryRun ? "Dry run: nothing sent." : "Invalid rows found: nothing sent.");
				return (validated.invalid() > 0) ? 2 : 0;
			}
			Path checkpointFile = (this.checkpoint != null) ? this.checkpoint : Path.of(this.file + ".checkpoint");
			ImportSummary summary;
			try (EventSink sink = new KafkaEventSink(this.bootstrapServers, this.registryUrl, this.autoRegister,
					this.topic)) {
				summary = csvImport.send(validated, checkpointFile, sink, this.limit);
			}
			report(summary);
			return exitCode(summary);
		}
		finally {
			this.finished.countDown();
		}
	}

	private void report(ImportSummary summary) throws IOException {
		this.out.printf(
				"Imported %,d rows in %.2f s (%,.0f rows/s); %,d invalid rows skipped; %,d already imported; "
						+ "%,d not acknowledged%s%n",
				summary.acknowledged(), summary.sendTime().toNanos() / 1e9, summary.rate(), summary.invalid(),
				summary.alreadyImported(), summary.failed(),
				summary.stoppedEarly() ? "; stopped early, rerun to resume" : "");
		if (this.rateFile != null) {
			Files.writeString(this.rateFile, String.format("%d rows in %.2f s = %.0f rows/s%n", summary.acknowledged(),
					summary.sendTime().toNanos() / 1e9, summary.rate()));
		}
	}

	private static int exitCode(ImportSummary summary) {
		if (summary.failed() > 0) {
			return 3;
		}
		if (summary.stoppedEarly()) {
			return 4;
		}
		return (summary.invalid() > 0) ? 2 : 0;
	}

	private void interrupt() {
		CsvImport csvImport = this.running;
		if (csvImport != null && this.finished.getCount() > 0) {
			csvImport.requestStop();
			try {
				this.finished.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
