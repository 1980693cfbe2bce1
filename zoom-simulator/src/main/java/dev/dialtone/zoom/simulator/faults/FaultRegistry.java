package dev.dialtone.zoom.simulator.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * Faults per endpoint key ("POST /users", "GET /phone/users/{userId}", or "*" for all),
 * off by default.
 */
@Component
public class FaultRegistry implements Seedable {

	public static final String ALL = "*";

	private final Map<String, FaultSpec> specs = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> bursts = new ConcurrentHashMap<>();

	/** Per endpoint key: until when (epoch millis) every request is answered 429. */
	private final Map<String, Long> windows = new ConcurrentHashMap<>();

	@Override
	public void apply(Seed seed) {
		clear();
		seed.faults().forEach(this::put);
	}

	public void put(String endpoint, FaultSpec spec) {
		this.specs.put(endpoint, spec);
		this.bursts.put(endpoint, new AtomicInteger(spec.burst429()));
		this.windows.put(endpoint, System.currentTimeMillis() + spec.window429Ms());
	}

	public void remove(String endpoint) {
		this.specs.remove(endpoint);
		this.bursts.remove(endpoint);
		this.windows.remove(endpoint);
	}

	public void clear() {
		this.specs.clear();
		this.bursts.clear();
		this.windows.clear();
	}

	public Map<String, FaultSpec> all() {
		return Map.copyOf(this.specs);
	}

	/**
	 * Decides this request's faults; the cheap empty check keeps the no-fault path fast.
	 */
	public FaultPlan plan(String endpoint) {
		if (this.specs.isEmpty()) {
			return FaultPlan.NONE;
		}
		FaultSpec spec = (endpoint != null) ? this.specs.get(endpoint) : null;
		String key = endpoint;
		if (spec == null) {
			spec = this.specs.get(ALL);
			key = ALL;
		}
		return (spec != null) ? decide(key, spec) : FaultPlan.NONE;
	}

	private FaultPlan decide(String key, FaultSpec spec) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long delay = spec.latencyMs();
		if (spec.latencyMaxMs() > spec.latencyMs()) {
			delay = random.nextLong(spec.latencyMs(), spec.latencyMaxMs() + 1);
		}
		boolean hang = random.nextDouble() < spec.timeoutRate();
		boolean reset = random.nextDouble() < spec.resetRate();
		int error = (random.nextDouble() < spec.errorRate()) ? spec.errorStatus() : 0;
		boolean tooMany = random.nextDouble() < spec.rate429() || inWindow(key) || takeBurst(key);
		return new FaultPlan(delay, hang, spec.hangMs(), reset, error, tooMany);
	}

	private boolean inWindow(String key) {
		Long until = this.windows.get(key);
		return until != null && System.currentTimeMillis() < until;
	}

	private boolean takeBurst(String key) {
		AtomicInteger left = this.bursts.get(key);
		return left != null && left.getAndUpdate((n) -> Math.max(0, n - 1)) > 0;
	}

}
