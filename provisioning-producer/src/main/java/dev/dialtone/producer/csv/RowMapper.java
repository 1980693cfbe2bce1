package dev.dialtone.producer.csv;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.dialtone.producer.validation.EventRequest;
import dev.dialtone.producer.validation.EventRequest.PersonRequest;
import dev.dialtone.producer.validation.EventRequest.PhoneRequest;

/**
 * Turns one CSV row into an {@link EventRequest} through a {@link ColumnMapping}. The
 * event id is derived from the file's content hash and the row's line, so a resumed or
 * repeated import of the same file reuses the same ids.
 */
final class RowMapper {

	private final ColumnMapping mapping;

	private final Map<String, Integer> index = new HashMap<>();

	private final String fileHash;

	private final Instant exportedAt;

	private final DateTimeFormatter dateFormat;

	RowMapper(ColumnMapping mapping, List<String> header, String fileHash, Instant exportedAt) {
		this.mapping = mapping;
		this.fileHash = fileHash;
		this.exportedAt = exportedAt;
		this.dateFormat = (mapping.dateFormat() != null) ? DateTimeFormatter.ofPattern(mapping.dateFormat()) : null;
		Map<String, Integer> headerIndex = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			headerIndex.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		mapping.columns()
			.forEach((field, column) -> this.index.put(field,
					headerIndex.getOrDefault(column.toLowerCase(Locale.ROOT), -1)));
	}

	/** Mapped columns missing from the header; reported before anything else. */
	List<String> missingColumns() {
		return this.index.entrySet()
			.stream()
			.filter((e) -> e.getValue() < 0)
			.map((e) -> this.mapping.columns().get(e.getKey()))
			.sorted()
			.toList();
	}

	EventRequest map(CsvRow row) {
		String extension = get(row, "extension");
		String plan = get(row, "callingPlanType");
		String number = get(row, "number");
		PhoneRequest phone = (extension != null || plan != null || number != null)
				? new PhoneRequest(extension, plan, number) : null;
		PersonRequest person = new PersonRequest(get(row, "employeeId"), get(row, "workEmail"), get(row, "firstName"),
				get(row, "lastName"), get(row, "department"), get(row, "jobTitle"), get(row, "siteCode"),
				date(get(row, "effectiveDate")), phone);
		String occurredAt = get(row, "occurredAt");
		return new EventRequest(eventId(row), get(row, "type"),
				(occurredAt != null) ? occurredAt : this.exportedAt.toString(), "csv:" + this.fileHash.substring(0, 12),
				false, person);
	}

	String eventId(CsvRow row) {
		return UUID.nameUUIDFromBytes((this.fileHash + ":" + row.line()).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private String get(CsvRow row, String field) {
		String value = row.value(this.index.getOrDefault(field, -1));
		if (value == null || value.isBlank()) {
			value = this.mapping.defaults().get(field);
		}
		if (value == null || value.isBlank()) {
			return null;
		}
		Map<String, String> translation = this.mapping.values().getOrDefault(field, Map.of());
		return translation.getOrDefault(value.strip().toLowerCase(Locale.ROOT), value.strip());
	}

	/**
	 * Converts the export's date format to ISO; an unparseable value is passed on for the
	 * validator to report.
	 */
	private String date(String value) {
		if (value == null || this.dateFormat == null) {
			return value;
		}
		try {
			return LocalDate.parse(value, this.dateFormat).toString();
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

}
