package dev.dialtone.local.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.platform.RepositoryLayout;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code bin/faults [--hires N] [--out FILE]}: issue 14's fault suite at full size
 * (default 10,000 hires), results to {@code FAULTS.md} at the repository root.
 */
public final class FaultSuiteCommand {

	private FaultSuiteCommand() {
	}

	public static void main(String[] args) {
		SLF4JBridgeHandler.removeHandlersForRootLogger();
		SLF4JBridgeHandler.install();
		PrintStream out = System.out;
		try {
			List<String> list = Arrays.asList(args);
			int at = list.indexOf("--hires");
			int hires = (at >= 0) ? Integer.parseInt(list.get(at + 1)) : 10_000;
			int outAt = list.indexOf("--out");
			Path report = (outAt >= 0) ? Path.of(list.get(outAt + 1)) : RepositoryLayout.root().resolve("FAULTS.md");
			FaultSuiteSettings settings = FaultSuiteSettings.full(hires);
			LocalPlatform.replicated();
			out.println("Fault suite: " + hires + " hires on three brokers, 3 workers, 2 auditors, 2 producers");
			FaultFindings findings = FaultSuite.run(settings,
					RepositoryLayout.root().resolve("dialtone-local/target/faults"), out);
			String command = "bin/faults" + ((args.length > 0) ? " " + String.join(" ", args) : "");
			Files.writeString(report, FaultsReport.markdown(command, settings, findings));
			out.println("Wrote " + report);
			System.exit(0);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Fault suite failed: " + ex.getMessage());
			ex.printStackTrace();
			System.exit(2);
		}
	}

}
