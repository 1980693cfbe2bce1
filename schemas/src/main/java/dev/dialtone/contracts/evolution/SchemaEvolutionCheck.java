package dev.dialtone.contracts.evolution;

import java.nio.file.Path;
import java.util.List;

/**
 * Build step that fails when a schema in {@code src/main/avro} cannot read data written
 * with the released copy.
 */
public final class SchemaEvolutionCheck {

	private SchemaEvolutionCheck() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: SchemaEvolutionCheck <released-dir> <current-dir>");
		}
		List<String> problems = new SchemaEvolution(Path.of(args[0]), Path.of(args[1])).backwardProblems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Schema change is not BACKWARD compatible with the released version:\n  - "
					+ String.join("\n  - ", problems));
		}
	}

}
