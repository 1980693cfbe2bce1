package dev.dialtone.contracts.evolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Compares the current schemas with the released ones under Confluent's BACKWARD rule: a
 * consumer on the current schema must read every record written with the released one.
 */
public final class SchemaEvolution {

	private final Path releasedDir;

	private final Path currentDir;

	public SchemaEvolution(Path releasedDir, Path currentDir) {
		this.releasedDir = releasedDir;
		this.currentDir = currentDir;
	}

	/**
	 * One line per incompatibility; empty when every released schema can still be read.
	 */
	public List<String> backwardProblems() {
		Map<String, Schema> released = parseAll(releasedDir);
		Map<String, Schema> current = parseAll(currentDir);
		List<String> problems = new ArrayList<>();
		released.forEach((name, writer) -> {
			Schema reader = current.get(name);
			if (reader == null) {
				problems.add(name + ": released schema was removed");
				return;
			}
			SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
			if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
				result.getResult()
					.getIncompatibilities()
					.forEach(i -> problems
						.add(name + ": " + i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")"));
			}
		});
		return problems;
	}

	/**
	 * Parses every .avsc under a directory with one parser, so schemas may refer to each
	 * other's named types.
	 */
	static Map<String, Schema> parseAll(Path dir) {
		Schema.Parser parser = new Schema.Parser();
		try (Stream<Path> files = Files.walk(dir)) {
			List<Path> avsc = files.filter(p -> p.toString().endsWith(".avsc"))
				.sorted(Comparator.comparing(SchemaEvolution::parseOrder).thenComparing(Path::toString))
				.toList();
			for (Path file : avsc) {
				parser.parse(file.toFile());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parser.getTypes();
	}

	// Types referenced by others are parsed first; Avro's parser needs a name defined
	// before it is used.
	private static int parseOrder(Path file) {
		String name = file.getFileName().toString();
		return switch (name) {
			case "EventType.avsc" -> 0;
			case "IdentityEvent.avsc", "PendingAnomaly.avsc" -> 1;
			default -> 2;
		};
	}

}
