package dev.dialtone.local.faults;

import java.time.Duration;

import dev.dialtone.local.JvmProfile;

/**
 * Size and timing of one fault-suite run; every time is measured from the first
 * submission.
 *
 * @param hires hires submitted
 * @param hiresPerSecond the HR client's pace (the run's faults happen while it sends)
 * @param pendingEvery every n-th hire is on an unverified domain and comes out pending
 * (the auditor's anomalies and its one incident are counted)
 * @param workerKillAt when a worker is killed (SIGKILL)
 * @param workerDownFor and started again after
 * @param auditorKillAt when an auditor is killed
 * @param auditorDownFor and started again after
 * @param producerKillAt when a producer is killed
 * @param producerDownFor and started again after
 * @param brokerStopAt when the broker leading the most identity partitions stops
 * @param brokerDownFor and starts again after
 * @param burst429Every how often Zoom answers every call 429 for a second
 * @param jvm the services' JVM settings
 * @param deadline how long after the last submission every outcome may take
 */
public record FaultSuiteSettings(int hires, int hiresPerSecond, int pendingEvery, Duration workerKillAt,
		Duration workerDownFor, Duration auditorKillAt, Duration auditorDownFor, Duration producerKillAt,
		Duration producerDownFor, Duration brokerStopAt, Duration brokerDownFor, Duration burst429Every, JvmProfile jvm,
		Duration deadline) {

	/**
	 * Issue 14's suite: 10,000 hires, restarts after 60 s; the hires are sent over about
	 * 300 s, so every fault (the last restart at 260 s) happens while they arrive.
	 */
	public static FaultSuiteSettings full(int hires) {
		return new FaultSuiteSettings(hires, Math.max(5, (int) Math.ceil(hires / 300.0)), 50, seconds(40), seconds(60),
				seconds(110), seconds(30), seconds(150), seconds(30), seconds(200), seconds(60), seconds(20),
				JvmProfile.SERVICE, Duration.ofMinutes(20));
	}

	/**
	 * The same suite small enough for {@code bin/test} on two cores: 500 hires at 6/s
	 * (about 85 s of sending), one fault of each kind with short restarts.
	 */
	public static FaultSuiteSettings small() {
		return new FaultSuiteSettings(500, 6, 25, seconds(12), seconds(15), seconds(27), seconds(10), seconds(40),
				seconds(10), seconds(55), seconds(15), seconds(10), JvmProfile.DEMO, Duration.ofMinutes(3));
	}

	private static Duration seconds(long seconds) {
		return Duration.ofSeconds(seconds);
	}

}
