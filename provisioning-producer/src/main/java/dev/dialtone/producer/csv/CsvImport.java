package dev.dialtone.producer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.producer.validation.EventValidator;

/**
 * The import itself, free of Spring and picocli: validate every row and report the bad
 * ones first, then send the valid rows not yet acknowledged according to the checkpoint.
 */
final class CsvImport {

	private final ColumnMapping mapping;

	private final EventValidator validator;

	private final PrintStream out;

	private final PrintStream progress;

	private volatile boolean stopRequested;

	CsvImport(ColumnMapping mapping, Set<String> siteCodes, PrintStream out, PrintStream progress) {
		this.mapping = mapping;
		this.validator = new EventValidator(siteCodes, Clock.systemUTC());
		this.out = out;
		this.progress = progress;
	}

	/** Asks a running import to stop sending; acknowledged rows stay checkpointed. */
	void requestStop() {
		this.stopRequested = true;
	}

	ValidationPass validate(Path csv) throws IOException {
		ValidationPass pass = new ValidationPass(this.mapping, this.validator, csv, hash(csv),
				Files.getLastModifiedTime(csv).toInstant());
		pass.run();
		pass.report(this.out);
		return pass;
	}

	ImportSummary send(ValidationPass validated, Path checkpointPath, EventSink sink, long limit) throws IOException {
		BitSet valid = validated.validLines();
		AtomicInteger acknowledged = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicReference<Exception> firstFailure = new AtomicReference<>();
		int skipped = 0;
		boolean stoppedEarly = false;
		long started = System.nanoTime();
		try (Checkpoint checkpoint = Checkpoint.open(checkpointPath, validated.fileHash());
				CsvRows rows = validated.reopen()) {
			ProgressBar bar = new ProgressBar(this.progress, valid.cardinality() - checkpoint.count());
			int sent = 0;
			for (CsvRow row = rows.next(); row != null; row = rows.next()) {
				if (!valid.get(row.line())) {
					continue;
				}
				if (checkpoint.isAcknowledged(row.line())) {
					skipped++;
					continue;
				}
				if (this.stopRequested || sent >= limit) {
					stoppedEarly = true;
					break;
				}
				IdentityEvent event = this.validator.validate(rows.mapper().map(row), this.mapping.source()).event();
				int line = row.line();
				sink.send(event, () -> {
					checkpoint.acknowledge(line);
					acknowledged.incrementAndGet();
				}, (ex) -> {
					failed.incrementAndGet();
					firstFailure.compareAndSet(null, ex);
				});
				bar.update(++sent, false);
			}
			sink.flush();
			checkpoint.flush();
			bar.update(sent, true);
		}
		if (firstFailure.get() != null) {
			this.out.printf("%,d rows were not acknowledged (%s); run the same command again to resume%n", failed.get(),
					firstFailure.get().getMessage());
		}
		return new ImportSummary(validated.rows(), validated.invalid(), skipped, acknowledged.get(), failed.get(),
				stoppedEarly, Duration.ofNanos(System.nanoTime() - started));
	}

	static String hash(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
