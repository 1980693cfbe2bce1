package dev.dialtone.producer.csv;

import java.io.PrintStream;
import java.time.Duration;

/** A one-line progress bar with rate and ETA, redrawn in place on stderr. */
final class ProgressBar {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final long total;

	private final long started = System.nanoTime();

	private long lastDraw;

	ProgressBar(PrintStream out, long total) {
		this.out = out;
		this.total = total;
	}

	/** Redraws at most five times a second unless forced. */
	void update(long done, boolean force) {
		long now = System.nanoTime();
		if (this.out == null || (!force && now - this.lastDraw < 200_000_000L)) {
			return;
		}
		this.lastDraw = now;
		double seconds = Math.max((now - this.started) / 1e9, 1e-3);
		double rate = done / seconds;
		long eta = (rate > 0) ? (long) ((this.total - done) / rate) : 0;
		int filled = (this.total > 0) ? (int) (WIDTH * done / this.total) : WIDTH;
		this.out.printf("\r[%s%s] %,d/%,d %3d%% %,.0f rows/s ETA %s ", "=".repeat(filled), " ".repeat(WIDTH - filled),
				done, this.total, (this.total > 0) ? 100 * done / this.total : 100, rate,
				format(Duration.ofSeconds(eta)));
		if (force) {
			this.out.println();
		}
		this.out.flush();
	}

	private static String format(Duration duration) {
		return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
	}

}
