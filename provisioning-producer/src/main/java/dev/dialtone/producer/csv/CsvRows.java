package dev.dialtone.producer.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The data rows of an export with the mapper built from its header row. */
final class CsvRows implements Closeable {

	private final CsvReader reader;

	private final RowMapper mapper;

	CsvRows(Path csv, ColumnMapping mapping, String fileHash, Instant exportedAt) throws IOException {
		this.reader = new CsvReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
		CsvRow header = this.reader.next();
		if (header == null) {
			this.reader.close();
			throw new IOException(csv + " is empty; expected a header row");
		}
		this.mapper = new RowMapper(mapping, header.values(), fileHash, exportedAt);
		if (!this.mapper.missingColumns().isEmpty()) {
			this.reader.close();
			throw new IOException(csv + " lacks the mapped columns " + this.mapper.missingColumns());
		}
	}

	RowMapper mapper() {
		return this.mapper;
	}

	CsvRow next() throws IOException {
		return this.reader.next();
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
