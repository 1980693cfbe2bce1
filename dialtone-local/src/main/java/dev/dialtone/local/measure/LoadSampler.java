package dev.dialtone.local.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Samples the machine's load average ({@code /proc/loadavg}) and anything else worth
 * watching during a run (for example the workers' RSS) every two seconds.
 */
public final class LoadSampler implements AutoCloseable {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "load-sampler");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Double> oneMinute = new ArrayList<>();

	private final String atStart;

	private volatile String atEnd;

	private LoadSampler(Runnable alsoEachTick) {
		this.atStart = loadavg();
		this.timer.scheduleAtFixedRate(() -> {
			sample();
			alsoEachTick.run();
		}, 0, 2, TimeUnit.SECONDS);
	}

	public static LoadSampler start(Runnable alsoEachTick) {
		return new LoadSampler(alsoEachTick);
	}

	public static LoadSampler start() {
		return new LoadSampler(() -> {
		});
	}

	private void sample() {
		String line = loadavg();
		synchronized (this.oneMinute) {
			this.oneMinute.add(Double.parseDouble(line.split(" ")[0]));
		}
	}

	/** The three load averages as the kernel prints them, e.g. {@code 1.52 1.20 0.98}. */
	public static String loadavg() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "0 0 0";
		}
	}

	public String atStart() {
		return this.atStart;
	}

	public String atEnd() {
		return (this.atEnd != null) ? this.atEnd : loadavg();
	}

	/** Mean and maximum of the 1-minute load average over the samples. */
	public double[] oneMinuteMeanMax() {
		synchronized (this.oneMinute) {
			double mean = this.oneMinute.stream().mapToDouble(Double::doubleValue).average().orElse(0);
			double max = this.oneMinute.stream().mapToDouble(Double::doubleValue).max().orElse(0);
			return new double[] { mean, max };
		}
	}

	/** Load during the run, e.g. {@code 2.9 (max 4.1)}. */
	public String summary() {
		double[] meanMax = oneMinuteMeanMax();
		return String.format("%.1f (max %.1f)", meanMax[0], meanMax[1]);
	}

	@Override
	public void close() {
		this.atEnd = loadavg();
		this.timer.shutdownNow();
	}

	/** Runs {@code sampler} on each tick, keeping whatever it returns. */
	public static <T> Runnable collecting(Supplier<T> sampler, List<T> into) {
		return () -> {
			T value = sampler.get();
			synchronized (into) {
				into.add(value);
			}
		};
	}

}
