package dev.dialtone.zoom.simulator.faults;

/**
 * Faults for one endpoint. Latency is fixed ({@code latencyMs}) or uniform in
 * [{@code latencyMs}, {@code latencyMaxMs}]; rates are probabilities 0..1 per request;
 * {@code hangMs} is how long a "timeout" request hangs before a 504 (make it longer than
 * the client's timeout); {@code burst429} answers the next N requests with 429. Absent
 * fields mean "no such fault".
 */
public record FaultSpec(Long latencyMs, Long latencyMaxMs, Double errorRate, Integer errorStatus, Double timeoutRate,
		Long hangMs, Double resetRate, Double rate429, Integer burst429) {

	public FaultSpec {
		latencyMs = (latencyMs != null) ? latencyMs : 0L;
		latencyMaxMs = (latencyMaxMs != null) ? latencyMaxMs : latencyMs;
		errorRate = (errorRate != null) ? errorRate : 0.0;
		errorStatus = (errorStatus != null) ? errorStatus : 500;
		timeoutRate = (timeoutRate != null) ? timeoutRate : 0.0;
		hangMs = (hangMs != null) ? hangMs : 60_000L;
		resetRate = (resetRate != null) ? resetRate : 0.0;
		rate429 = (rate429 != null) ? rate429 : 0.0;
		burst429 = (burst429 != null) ? burst429 : 0;
	}

	public static FaultSpec none() {
		return new FaultSpec(null, null, null, null, null, null, null, null, null);
	}

	public static FaultSpec latency(long ms) {
		return none().withLatency(ms, ms);
	}

	public static FaultSpec latency(long minMs, long maxMs) {
		return none().withLatency(minMs, maxMs);
	}

	public static FaultSpec errors(double rate, int status) {
		return new FaultSpec(null, null, rate, status, null, null, null, null, null);
	}

	public static FaultSpec timeouts(double rate, long hangMs) {
		return new FaultSpec(null, null, null, null, rate, hangMs, null, null, null);
	}

	public static FaultSpec resets(double rate) {
		return new FaultSpec(null, null, null, null, null, null, rate, null, null);
	}

	public static FaultSpec tooManyRequests(double rate) {
		return new FaultSpec(null, null, null, null, null, null, null, rate, null);
	}

	public static FaultSpec burst429(int next) {
		return new FaultSpec(null, null, null, null, null, null, null, null, next);
	}

	public FaultSpec withLatency(long minMs, long maxMs) {
		return new FaultSpec(minMs, maxMs, this.errorRate, this.errorStatus, this.timeoutRate, this.hangMs,
				this.resetRate, this.rate429, this.burst429);
	}

}
