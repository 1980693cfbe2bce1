package dev.dialtone.diagnose;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.ratelimit.Plan;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/diagnose}: lists the pending users of a Zoom account with cause, evidence
 * and remedy, and the phone lines and calling plans deactivated users still hold.
 * Read-only: it makes no write call to Zoom. Credentials come from the environment only
 * ({@code ZOOM_ACCOUNT_ID}, {@code ZOOM_CLIENT_ID}, {@code ZOOM_CLIENT_SECRET}); with
 * none it diagnoses the simulator's demo world, started in-process.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Read-only: which users of a Zoom account are pending, why, and what to do; which leavers",
				"still hold phone numbers and calling plans. Credentials from ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and",
				"ZOOM_CLIENT_SECRET; with none, the Zoom simulator's demo world is diagnosed." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:diagnosed", "1:Zoom could not be read", "2:bad usage or incomplete credentials" })
public final class DiagnoseCommand implements Callable<Integer> {

	@Option(names = "--json", paramLabel = "FILE", description = "Also write the diagnosis as JSON ('-' = stdout).")
	Path json;

	@Option(names = "--csv", paramLabel = "FILE", description = "Also write the diagnosis as CSV ('-' = stdout).")
	Path csv;

	@Option(names = "--plan", defaultValue = "PRO",
			description = "The account's plan, which sizes the rate budget: PRO or BUSINESS_PLUS (default ${DEFAULT-VALUE}).")
	Plan plan;

	@Option(names = "--share", defaultValue = "0.5",
			description = "Share of the account's rate budget to use, (0, 1] (default ${DEFAULT-VALUE}: leaves the rest"
					+ " to Dialtone, SCIM and other apps on the account).")
	double share;

	@Option(names = "--api-base-url", defaultValue = "https://api.zoom.us/v2",
			description = "Zoom API base (default ${DEFAULT-VALUE}).")
	URI apiBaseUrl;

	@Option(names = "--oauth-url", defaultValue = "https://zoom.us/oauth/token",
			description = "Zoom OAuth token URL (default ${DEFAULT-VALUE}).")
	URI oauthUrl;

	@Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
			description = "Show a progress bar on stderr when it is a terminal (default on).")
	boolean progress;

	private final Function<String, String> environment;

	private final PrintStream out;

	private final PrintStream err;

	/** For tests: the environment and streams the command sees. */
	DiagnoseCommand(Function<String, String> environment, PrintStream out, PrintStream err) {
		this.environment = environment;
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		DemoWorld.quietLogging();
		DiagnoseCommand command = new DiagnoseCommand(System::getenv, System.out, System.err);
		System.exit(new CommandLine(command).execute(args));
	}

	@Override
	public Integer call() {
		if (this.plan == Plan.CUSTOM) {
			throw new CommandLine.ParameterException(new CommandLine(this), "--plan: PRO or BUSINESS_PLUS");
		}
		if (this.share <= 0 || this.share > 1) {
			throw new CommandLine.ParameterException(new CommandLine(this), "--share: must be in (0, 1]");
		}
		Credentials credentials = Credentials.from(this.environment);
		if (credentials.incomplete()) {
			this.err.println("Set all of ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET (missing: "
					+ String.join(", ", credentials.missing()) + "), or none of them to diagnose the demo world.");
			return 2;
		}
		if (credentials.none()) {
			this.err.println("No Zoom credentials in the environment: diagnosing the Zoom simulator's demo world"
					+ " (started in-process).");
			try (DemoWorld demo = DemoWorld.start()) {
				int code = run(demo.properties(), "simulator-demo");
				this.err.println(demo.requestSummary());
				return code;
			}
		}
		return run(ZoomClientProperties.of(this.apiBaseUrl, this.oauthUrl, credentials.accountId(),
				credentials.clientId(), credentials.clientSecret()), "zoom");
	}

	private int run(ZoomClientProperties connection, String source) {
		ZoomClientProperties properties = connection.withPlan(this.plan, null).withShare(this.share);
		ProgressBar bar = new ProgressBar(this.err, this.progress && System.console() != null);
		try (ZoomClient zoom = ZoomClient.create(properties, new SimpleMeterRegistry())) {
			Diagnosis diagnosis = new Diagnoser(new AccountReader(zoom, bar), Clock.systemUTC())
				.diagnose(new Diagnosis.Account(source, properties.accountId(), properties.apiBaseUrl().toString(),
						this.plan.name(), this.share));
			write(diagnosis);
			return 0;
		}
		catch (ZoomApiException ex) {
			this.err.println("Zoom could not be read: " + ex.kind() + " on " + ex.endpoint() + " (HTTP " + ex.status()
					+ ex.zoomCode().map((code) -> ", code " + code).orElse("") + ": " + ex.zoomMessage()
					+ ex.trackingId().map((id) -> ", tracking id " + id).orElse("") + ")");
			return 1;
		}
	}

	private void write(Diagnosis diagnosis) {
		boolean tableToStdout = !isStdout(this.json) && !isStdout(this.csv);
		if (tableToStdout) {
			this.out.print(TableReport.render(diagnosis));
		}
		writeTo(this.json, JsonReport.render(diagnosis));
		writeTo(this.csv, CsvReport.render(diagnosis));
	}

	private void writeTo(Path target, String content) {
		if (target == null) {
			return;
		}
		if (isStdout(target)) {
			this.out.print(content);
			return;
		}
		try {
			Files.writeString(target, content);
			this.err.println("Wrote " + target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isStdout(Path target) {
		return target != null && "-".equals(target.toString());
	}

	/** The environment's Server-to-Server OAuth credentials: all, none, or some. */
	record Credentials(String accountId, String clientId, String clientSecret) {

		static Credentials from(Function<String, String> environment) {
			return new Credentials(blankToNull(environment.apply("ZOOM_ACCOUNT_ID")),
					blankToNull(environment.apply("ZOOM_CLIENT_ID")),
					blankToNull(environment.apply("ZOOM_CLIENT_SECRET")));
		}

		boolean none() {
			return this.accountId == null && this.clientId == null && this.clientSecret == null;
		}

		boolean incomplete() {
			return !none() && !missing().isEmpty();
		}

		List<String> missing() {
			List<String> missing = new ArrayList<>();
			if (this.accountId == null) {
				missing.add("ZOOM_ACCOUNT_ID");
			}
			if (this.clientId == null) {
				missing.add("ZOOM_CLIENT_ID");
			}
			if (this.clientSecret == null) {
				missing.add("ZOOM_CLIENT_SECRET");
			}
			return missing;
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

		@Override
		public String toString() {
			return "Credentials[accountId=" + this.accountId + ", clientId=" + this.clientId + ", clientSecret="
					+ ((this.clientSecret != null) ? "******" : null) + "]";
		}

	}

}
