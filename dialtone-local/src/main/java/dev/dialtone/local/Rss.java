package dev.dialtone.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory as the kernel counts it ({@code VmRSS}, and its peak
 * {@code VmHWM}, from {@code /proc/<pid>/status}), in MiB; zero when the process is gone.
 *
 * @param currentMiB resident set size now
 * @param peakMiB the high-water mark since the process started
 */
public record Rss(long currentMiB, long peakMiB) {

	static Rss of(long pid) {
		long current = 0;
		long peak = 0;
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					current = kib(line) / 1024;
				}
				else if (line.startsWith("VmHWM:")) {
					peak = kib(line) / 1024;
				}
			}
		}
		catch (IOException ex) {
			// the process exited: nothing resident
		}
		return new Rss(current, peak);
	}

	private static long kib(String line) {
		return Long.parseLong(line.replaceAll("[^0-9]", ""));
	}

	/** The larger of two readings, field by field. */
	public Rss max(Rss other) {
		return new Rss(Math.max(this.currentMiB, other.currentMiB), Math.max(this.peakMiB, other.peakMiB));
	}

}
