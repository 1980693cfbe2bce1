package dev.dialtone.producer.csv;

import java.util.List;

/**
 * One CSV record and the line it starts on (1-based, the header is line 1), for reports
 * and event ids.
 */
record CsvRow(int line, List<String> values) {

	String value(int index) {
		return (index >= 0 && index < this.values.size()) ? this.values.get(index) : null;
	}

}
