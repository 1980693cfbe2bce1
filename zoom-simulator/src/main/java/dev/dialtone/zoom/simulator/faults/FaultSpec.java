package dev.dialtone.zoom.simulator.faults;

/**
 * Faults for one endpoint. Latency is fixed ({@code latencyMs}) or uniform in
 * [{@code latencyMs}, {@code latencyMaxMs}]; rates are probabilities 0..1 per request;
 * {@code hangMs} is how long a "timeout" request hangs before a 504 (make it longer than
 * the client's timeout); {@code burst429} answers the next N requests with 429;
 * {@code window429Ms} answers every request with 429 for that long from when the spec is
 * set — how a rate limit another app on the account exhausted looks: it clears with its
 * window whatever the caller does, while a count-based burst waits for the caller to use
 * it up. Absent fields mean "no such fault".
 */
public record FaultSpec(Long latencyMs, Long latencyMaxMs, Double errorRate, Integer errorStatus, Double timeoutRate,
		Long hangMs, Double resetRate, Double rate429, Integer burst429, Long window429Ms) {

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
		window429Ms = (window429Ms != null) ? window429Ms : 0L;
	}

	/** A spec without a 429 window. */
	public FaultSpec(Long latencyMs, Long latencyMaxMs, Double errorRate, Integer errorStatus, Double timeoutRate,
			Long hangMs, Double resetRate, Double rate429, Integer burst429) {
		this(latencyMs, latencyMaxMs, errorRate, errorStatus, timeoutRate, hangMs, resetRate, rate429, burst429, null);
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

	/** Every request answered 429 for {@code ms} from when the spec is set. */
	public static FaultSpec window429(long ms) {
		return new FaultSpec(null, null, null, null, null, null, null, null, null, ms);
	}

	public FaultSpec withLatency(long minMs, long maxMs) {
		return new FaultSpec(minMs, maxMs, this.errorRate, this.errorStatus, this.timeoutRate, this.hangMs,
				this.resetRate, this.rate429, this.burst429, this.window429Ms);
	}

	/** This spec with every request answered 429 for {@code ms} from when it is set. */
	public FaultSpec with429Window(long ms) {
		return new FaultSpec(this.latencyMs, this.latencyMaxMs, this.errorRate, this.errorStatus, this.timeoutRate,
				this.hangMs, this.resetRate, this.rate429, this.burst429, ms);
	}

}
