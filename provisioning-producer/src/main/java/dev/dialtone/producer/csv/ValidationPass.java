package dev.dialtone.producer.csv;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.dialtone.producer.validation.EventValidator;
import dev.dialtone.producer.validation.FieldError;
import dev.dialtone.producer.validation.Validated;

/**
 * The first pass over a file: every row validated, the bad ones kept with their line
 * numbers for the report.
 */
final class ValidationPass {

	private final ColumnMapping mapping;

	private final EventValidator validator;

	private final Path csv;

	private final String fileHash;

	private final Instant exportedAt;

	private final BitSet validLines = new BitSet();

	private final List<RowProblem> problems = new ArrayList<>();

	private int rows;

	ValidationPass(ColumnMapping mapping, EventValidator validator, Path csv, String fileHash, Instant exportedAt) {
		this.mapping = mapping;
		this.validator = validator;
		this.csv = csv;
		this.fileHash = fileHash;
		this.exportedAt = exportedAt;
	}

	void run() throws IOException {
		try (CsvRows csvRows = reopen()) {
			for (CsvRow row = csvRows.next(); row != null; row = csvRows.next()) {
				this.rows++;
				Validated validated = this.validator.validate(csvRows.mapper().map(row), this.mapping.source());
				if (validated.isValid()) {
					this.validLines.set(row.line());
				}
				else {
					this.problems.add(new RowProblem(row.line(), validated.errors()));
				}
			}
		}
	}

	void report(PrintStream out) {
		out.printf("Validated %,d rows of %s: %,d valid, %,d invalid%n", this.rows, this.csv.getFileName(),
				this.rows - this.problems.size(), this.problems.size());
		for (RowProblem problem : this.problems) {
			for (FieldError error : problem.errors()) {
				out.printf("  line %d: %s %s: %s%n", problem.line(), error.field().replace("person.", ""), error.code(),
						error.message());
			}
		}
	}

	CsvRows reopen() throws IOException {
		return new CsvRows(this.csv, this.mapping, this.fileHash, this.exportedAt);
	}

	BitSet validLines() {
		return this.validLines;
	}

	String fileHash() {
		return this.fileHash;
	}

	int rows() {
		return this.rows;
	}

	int invalid() {
		return this.problems.size();
	}

	List<RowProblem> problems() {
		return this.problems;
	}

	/** One rejected row. */
	record RowProblem(int line, List<FieldError> errors) {
	}

}
