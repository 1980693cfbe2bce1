package dev.dialtone.diagnose;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;

import dev.dialtone.diagnose.Diagnosis.LeaverLine;
import dev.dialtone.diagnose.Diagnosis.PendingUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The diagnosis as one CSV table for a spreadsheet: a row per pending user
 * ({@code kind=pending-user}) and a row per leaver still holding a line
 * ({@code kind=leaver-line}); lists are joined with {@code " | "}.
 */
final class CsvReport {

	static final String[] HEADER = { "kind", "email", "zoomUserId", "createdAt", "cause", "severity", "explanation",
			"evidence", "remediationSteps", "extension", "phoneNumbers", "callingPlans" };

	private CsvReport() {
	}

	static String render(Diagnosis diagnosis) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (PendingUser user : diagnosis.pendingUsers()) {
				csv.printRecord("pending-user", user.email(), user.zoomUserId(), user.createdAt(), user.cause(),
						user.severity(), user.explanation(), evidence(user.evidence()),
						String.join(" | ", user.remediationSteps()), "", "", "");
			}
			for (LeaverLine line : diagnosis.deactivatedPhoneUsers().holders()) {
				csv.printRecord("leaver-line", line.email(), line.zoomUserId(), "", "", "", "", "", "",
						(line.extension() != null) ? line.extension() : "", String.join(" | ", line.phoneNumbers()),
						String.join(" | ", line.callingPlans()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String evidence(Map<String, String> evidence) {
		return evidence.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(" | "));
	}

}
