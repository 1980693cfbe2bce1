package dev.dialtone.producer.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.List;

/**
 * Lines of one file the broker has acknowledged, appended as acknowledgements arrive. The
 * first line is the file's content hash so a checkpoint is never applied to a different
 * file. A line missing after a hard kill is sent again with the same deterministic event
 * id, which consumers deduplicate.
 */
final class Checkpoint implements Closeable {

	private static final String HASH_PREFIX = "sha256=";

	private final BitSet acknowledged = new BitSet();

	private final BufferedWriter writer;

	private Checkpoint(BufferedWriter writer) {
		this.writer = writer;
	}

	static Checkpoint open(Path path, String fileHash) throws IOException {
		Checkpoint checkpoint;
		if (Files.exists(path)) {
			List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
			if (lines.isEmpty() || !lines.get(0).equals(HASH_PREFIX + fileHash)) {
				throw new IOException("Checkpoint " + path + " belongs to another version of the file; delete it "
						+ "to import this file from the start");
			}
			checkpoint = new Checkpoint(
					Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
			lines.stream()
				.skip(1)
				.filter((line) -> !line.isBlank())
				.forEach((line) -> checkpoint.acknowledged.set(Integer.parseInt(line.strip())));
		}
		else {
			checkpoint = new Checkpoint(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
			checkpoint.writer.write(HASH_PREFIX + fileHash);
			checkpoint.writer.newLine();
			checkpoint.writer.flush();
		}
		return checkpoint;
	}

	synchronized boolean isAcknowledged(int line) {
		return this.acknowledged.get(line);
	}

	synchronized int count() {
		return this.acknowledged.cardinality();
	}

	/** Called from the producer's I/O thread on each acknowledgement. */
	synchronized void acknowledge(int line) {
		this.acknowledged.set(line);
		try {
			this.writer.write(Integer.toString(line));
			this.writer.newLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void flush() throws IOException {
		this.writer.flush();
	}

	@Override
	public synchronized void close() throws IOException {
		this.writer.close();
	}

}
