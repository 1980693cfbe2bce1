package dev.dialtone.producer.csv;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class CsvReaderTests {

	static List<CsvRow> read(String csv) throws IOException {
		List<CsvRow> rows = new ArrayList<>();
		try (CsvReader reader = new CsvReader(new StringReader(csv))) {
			for (CsvRow row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

	@Test
	void shouldReadQuotedFieldsWithCommasQuotesAndLineBreaksKeepingStartLines() throws IOException {
		List<CsvRow> rows = read(
				"\uFEFFid,title\r\n1,\"Rear Admiral, \"\"Amazing\"\" Grace\"\r\n2,\"two\nlines\"\n\n3,\n");

		assertThat(rows).extracting(CsvRow::line).containsExactly(1, 2, 3, 6);
		assertThat(rows.get(0).values()).containsExactly("id", "title");
		assertThat(rows.get(1).values()).containsExactly("1", "Rear Admiral, \"Amazing\" Grace");
		assertThat(rows.get(2).values()).containsExactly("2", "two\nlines");
		assertThat(rows.get(3).values()).containsExactly("3", "");
	}

	@Test
	void shouldReadALastLineWithoutLineBreak() throws IOException {
		assertThat(read("a,b\n1,2")).extracting(CsvRow::values).containsExactly(List.of("a", "b"), List.of("1", "2"));
	}

}
