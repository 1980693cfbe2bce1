package dev.dialtone.producer.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated, double-quoted fields with "" escapes and
 * embedded line breaks. HR exports are plain enough that a library would add more than it
 * saves; a UTF-8 BOM (Excel) is skipped.
 */
final class CsvReader implements Closeable {

	private final BufferedReader reader;

	private int line = 1;

	private boolean first = true;

	CsvReader(Reader reader) {
		this.reader = new BufferedReader(reader, 1 << 16);
	}

	/** The next record, or null at the end of the input. Blank lines are skipped. */
	CsvRow next() throws IOException {
		List<String> values = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int start = this.line;
		boolean quoted = false;
		boolean any = false;
		int c;
		while ((c = this.reader.read()) != -1) {
			if (this.first && c == '\uFEFF') {
				this.first = false;
				continue;
			}
			this.first = false;
			any = true;
			if (quoted) {
				if (c == '"') {
					this.reader.mark(1);
					if (this.reader.read() == '"') {
						field.append('"');
					}
					else {
						this.reader.reset();
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						this.line++;
					}
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				values.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r') {
					this.reader.mark(1);
					if (this.reader.read() != '\n') {
						this.reader.reset();
					}
				}
				this.line++;
				if (values.isEmpty() && field.isEmpty()) {
					start = this.line;
					any = false;
					continue;
				}
				values.add(field.toString());
				return new CsvRow(start, values);
			}
			else {
				field.append((char) c);
			}
		}
		if (!any) {
			return null;
		}
		values.add(field.toString());
		return new CsvRow(start, values);
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
