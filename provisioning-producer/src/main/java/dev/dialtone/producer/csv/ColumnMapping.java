package dev.dialtone.producer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * How an HR export's columns become event fields, read from a small properties file:
 * {@code column.<field>=<header>}, {@code default.<field>=<value>} for fields the export
 * lacks, {@code value.<field>.<export value>=<value>} (e.g. {@code value.type.Hire=HIRE},
 * {@code value.siteCode.New\ York=NYC}), {@code format.effectiveDate=<pattern>} and
 * {@code source=<name>}. Built-in mappings {@code workday} and {@code bamboohr} ship in
 * the jar.
 */
record ColumnMapping(String source, Map<String, String> columns, Map<String, String> defaults,
		Map<String, Map<String, String>> values, String dateFormat) {

	static final List<String> FIELDS = List.of("type", "employeeId", "workEmail", "firstName", "lastName", "department",
			"jobTitle", "siteCode", "effectiveDate", "extension", "callingPlanType", "number", "occurredAt");

	static ColumnMapping load(String nameOrPath) throws IOException {
		Path path = Path.of(nameOrPath);
		if (Files.isRegularFile(path)) {
			try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
				return parse(reader);
			}
		}
		InputStream builtIn = ColumnMapping.class.getResourceAsStream("/mappings/" + nameOrPath + ".properties");
		if (builtIn == null) {
			throw new IOException("No mapping file " + nameOrPath + " (and no built-in mapping of that name: "
					+ "workday, bamboohr)");
		}
		try (Reader reader = new InputStreamReader(builtIn, StandardCharsets.UTF_8)) {
			return parse(reader);
		}
	}

	static ColumnMapping parse(Reader reader) throws IOException {
		Properties properties = new Properties();
		properties.load(reader);
		Map<String, String> columns = new HashMap<>();
		Map<String, String> defaults = new HashMap<>();
		Map<String, Map<String, String>> values = new HashMap<>();
		for (String key : properties.stringPropertyNames()) {
			String value = properties.getProperty(key).strip();
			if (key.startsWith("column.")) {
				columns.put(field(key.substring(7)), value);
			}
			else if (key.startsWith("default.")) {
				defaults.put(field(key.substring(8)), value);
			}
			else if (key.startsWith("value.") && key.indexOf('.', 6) > 0) {
				int dot = key.indexOf('.', 6);
				values.computeIfAbsent(field(key.substring(6, dot)), (f) -> new HashMap<>())
					.put(key.substring(dot + 1).strip().toLowerCase(Locale.ROOT), value);
			}
		}
		if (!columns.containsKey("employeeId") || !columns.containsKey("workEmail")) {
			throw new IOException("A mapping needs at least column.employeeId and column.workEmail");
		}
		return new ColumnMapping(properties.getProperty("source", "csv-import").strip(), Map.copyOf(columns),
				Map.copyOf(defaults), Map.copyOf(values), properties.getProperty("format.effectiveDate"));
	}

	private static String field(String name) throws IOException {
		if (!FIELDS.contains(name)) {
			throw new IOException("Unknown field '" + name + "' in mapping; fields: " + FIELDS);
		}
		return name;
	}

}
