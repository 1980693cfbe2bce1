package dev.dialtone.contracts.topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's topic table is the catalogue, row for row: a change to one fails until the
 * other follows.
 */
@Tag("fast")
class ReadmeTopicTableTests {

	private static final Path README = Path.of("..", "README.md");

	@Test
	void readmeListsEveryCatalogueTopicAndNothingElse() throws IOException {
		Map<String, List<String>> rows = readmeRows();
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(DialtoneTopic.values()).map(DialtoneTopic::defaultName).toList());
	}

	@Test
	void readmeRowsAgreeWithTheCatalogue() throws IOException {
		Map<String, List<String>> rows = readmeRows();
		for (DialtoneTopic topic : DialtoneTopic.values()) {
			List<String> row = rows.get(topic.defaultName());
			assertThat(row).as(topic.defaultName()).isNotNull();
			assertThat(row.get(1)).as("key of " + topic.defaultName()).isEqualTo(topic.key());
			String value = row.get(2);
			topic.valueSchema()
				.ifPresentOrElse(
						(schema) -> assertThat(value).as("value of " + topic.defaultName())
							.startsWith("`" + schema.getName() + "`"),
						() -> assertThat(value).as("value of " + topic.defaultName()).doesNotStartWith("`"));
			assertThat(row.get(3)).as("cleanup of " + topic.defaultName()).isEqualTo(topic.cleanup().policy());
			assertThat(row.get(4)).as("partitions of " + topic.defaultName())
				.isEqualTo(Integer.toString(topic.defaultPartitions()));
			assertThat(row.get(5)).as("writers of " + topic.defaultName())
				.isEqualTo(topic.writers()
					.stream()
					.map((service) -> service.name().toLowerCase(Locale.ROOT))
					.collect(Collectors.joining(", ")));
		}
	}

	/** Rows of the table whose first column is a backticked Dialtone topic name. */
	private static Map<String, List<String>> readmeRows() throws IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(README)) {
			if (!line.startsWith("| `dialtone.")) {
				continue;
			}
			List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
				.map(String::strip)
				.toList();
			String name = cells.get(0).replace("`", "");
			assertThat(rows.put(name, cells)).as("README lists " + name + " twice").isNull();
		}
		return rows;
	}

}
