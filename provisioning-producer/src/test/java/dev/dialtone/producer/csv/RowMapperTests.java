package dev.dialtone.producer.csv;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import dev.dialtone.producer.validation.EventRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

@Tag("fast")
class RowMapperTests {

	static final List<String> HEADER = List.of("Employee_ID", "Business_Process_Type", "Primary_Work_Email", "Location",
			"Effective_Date", "Work_Phone");

	@Test
	void shouldTranslateValuesDatesAndDefaultsFromTheWorkdayMapping() throws IOException {
		RowMapper mapper = new RowMapper(ColumnMapping.load("workday"), HEADER, "ab".repeat(32),
				Instant.parse("2026-11-30T06:00:00Z"));

		EventRequest request = mapper.map(new CsvRow(7,
				List.of("21001", "Terminate Employee", "ada@corp.example", "New York", "12/31/2026", "")));

		assertThat(request.type()).isEqualTo("TERMINATE");
		assertThat(request.person().siteCode()).isEqualTo("NYC");
		assertThat(request.person().effectiveDate()).isEqualTo("2026-12-31");
		assertThat(request.person().phone()).isNull();
		assertThat(request.occurredAt()).isEqualTo("2026-11-30T06:00:00Z");
		assertThat(mapper.missingColumns()).contains("Legal_Name_-_First_Name", "Zoom_Calling_Plan");
	}

	@Test
	void shouldDeriveEventIdsFromFileContentAndLine() throws IOException {
		ColumnMapping mapping = ColumnMapping.load("workday");
		Instant at = Instant.now();
		CsvRow row = new CsvRow(7, List.of("21001"));

		String id = new RowMapper(mapping, HEADER, "aa", at).eventId(row);

		assertThat(new RowMapper(mapping, HEADER, "aa", at).eventId(row)).isEqualTo(id);
		assertThat(new RowMapper(mapping, HEADER, "bb", at).eventId(row)).isNotEqualTo(id);
		assertThat(new RowMapper(mapping, HEADER, "aa", at).eventId(new CsvRow(8, List.of("21001")))).isNotEqualTo(id);
	}

	@Test
	void shouldRejectMappingsWithoutIdentityColumnsOrWithUnknownFields() {
		assertThatIOException().isThrownBy(() -> ColumnMapping.parse(new StringReader("column.workEmail=Email")))
			.withMessageContaining("column.employeeId");
		assertThatIOException()
			.isThrownBy(() -> ColumnMapping
				.parse(new StringReader("column.employeeId=Id\ncolumn.workEmail=E\ncolumn.salary=S")))
			.withMessageContaining("salary");
	}

}
