package dev.dialtone.diagnose;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * One refreshed line on stderr: how many users of how many were read, at what rate, and
 * how long is left. Only drawn when the output is a terminal, so logs and pipes stay
 * clean.
 */
final class ProgressBar {

	private static final int WIDTH = 30;

	private final PrintStream err;

	private final boolean enabled;

	private Instant started;

	private String label;

	ProgressBar(PrintStream err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
	}

	void start(String what) {
		this.label = what;
		this.started = Instant.now();
	}

	/**
	 * @param done users read so far
	 * @param total users Zoom says there are (0 when unknown)
	 */
	void update(long done, long total) {
		if (!this.enabled) {
			return;
		}
		this.err.print("\r" + line(done, total, Duration.between(this.started, Instant.now())) + "   ");
		this.err.flush();
	}

	void finish(long done, long total) {
		if (!this.enabled) {
			return;
		}
		update(done, total);
		this.err.println();
	}

	String line(long done, long total, Duration elapsed) {
		double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
		double rate = done / seconds;
		long of = Math.max(total, done);
		int filled = (of == 0) ? WIDTH : (int) (WIDTH * done / of);
		String bar = "=".repeat(filled) + ((filled < WIDTH) ? ">" + " ".repeat(WIDTH - filled - 1) : "");
		String eta = (rate > 0 && of > done) ? formatSeconds((of - done) / rate) : "0s";
		return String.format("%s [%s] %d/%d  %.0f/s  ETA %s", this.label, bar, done, of, rate, eta);
	}

	private static String formatSeconds(double seconds) {
		long whole = (long) Math.ceil(seconds);
		return (whole >= 60) ? (whole / 60) + "m" + String.format("%02d", whole % 60) + "s" : whole + "s";
	}

}
