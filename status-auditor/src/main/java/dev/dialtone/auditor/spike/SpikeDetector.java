package dev.dialtone.auditor.spike;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.dialtone.auditor.config.AuditorProperties.Spike;
import dev.dialtone.contracts.PendingCause;

/**
 * Sliding windows over outcomes: the recent ones overall ({@code windowSize}) and per
 * domain ({@code domainWindowSize}), within {@code window}, and an older baseline. A
 * domain spikes on an absolute pending share; the account spikes when its recent share
 * also jumps above the baseline. Opens at most one spike per scope while it lasts, so a
 * burst of hundreds of pending users is one incident, not hundreds. With several
 * instances each holds the windows of the domains (and, on one of them, the account)
 * whose partition of the observations topic it owns. Not thread-safe: {@link SpikeWatch}
 * serialises access.
 */
class SpikeDetector {

	/** Scope of an account-wide spike. */
	public static final String ALL = "all";

	/**
	 * One outcome as the detector sees it; {@code cause} is null for outcomes that came
	 * out right.
	 */
	record Observation(Instant at, String domain, PendingCause cause) {

		boolean pending() {
			return this.cause != null && this.cause != PendingCause.PHONE_STEP_FAILED;
		}

	}

	/**
	 * A burst to raise an incident for: {@code pending} of the last {@code total}
	 * outcomes in the window that spiked, the domain's own ({@code jump} null) or the
	 * account's ({@code jump} says how much of it is on {@code scope}).
	 */
	record Burst(String scope, int pending, int total, PendingCause likelyCause, Jump jump) {
	}

	/**
	 * An account-wide jump: {@code onScope} of its pending outcomes are on the scope (all
	 * of them for {@link #ALL}); {@code baselineShare} is null while no baseline exists
	 * yet.
	 */
	record Jump(int onScope, Double baselineShare) {
	}

	private final Spike rules;

	private final Deque<Observation> overall = new ArrayDeque<>();

	/**
	 * Older outcomes (evicted from the recent window by count or age): the normal pending
	 * share a jump is measured against.
	 */
	private final Deque<Observation> baseline = new ArrayDeque<>();

	private final Map<String, Deque<Observation>> byDomain = new HashMap<>();

	private final Set<String> open = new HashSet<>();

	/**
	 * The latest observation time seen: windows age against it, since outcomes of
	 * different partitions arrive a little out of order.
	 */
	private Instant newest = Instant.EPOCH;

	SpikeDetector(Spike rules) {
		this.rules = rules;
	}

	/**
	 * One instance seeing every outcome: the domain's window first, then the account's (a
	 * domain burst leaves a scope open, so the account stays quiet).
	 */
	public Optional<Burst> observe(Observation observation) {
		Optional<Burst> domain = observeDomain(observation);
		Optional<Burst> account = observeAccount(observation);
		return domain.isPresent() ? domain : account;
	}

	/**
	 * An outcome of a domain whose window this instance holds (it owns the domain's
	 * partition of the observations topic).
	 */
	public Optional<Burst> observeDomain(Observation observation) {
		Deque<Observation> domain = this.byDomain.computeIfAbsent(observation.domain(), (d) -> new ArrayDeque<>());
		push(domain, observation, this.rules.domainWindowSize());
		pruneDomains(newest(observation));
		if (observation.pending() && !this.open.contains(observation.domain())
				&& spiking(domain, this.rules.domainShare())) {
			return opened(observation.domain(), domain);
		}
		return Optional.empty();
	}

	/**
	 * An outcome for the account's windows (this instance owns the partition of the key
	 * {@link #ALL}).
	 */
	public Optional<Burst> observeAccount(Observation observation) {
		push(this.overall, observation, this.rules.windowSize()).ifPresent((old) -> {
			this.baseline.addLast(old);
			push(this.baseline, null, this.rules.baselineSize());
		});
		pruneAccount(newest(observation));
		if (!observation.pending() || !this.open.isEmpty() || !accountJumped()) {
			return Optional.empty();
		}
		// name the domain when one dominates the burst: "all" would hide the cause
		Map<String, Long> pendingByDomain = this.overall.stream()
			.filter(Observation::pending)
			.collect(Collectors.groupingBy(Observation::domain, Collectors.counting()));
		Map.Entry<String, Long> top = pendingByDomain.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.orElseThrow();
		return jumped((top.getValue() * 10 >= pending(this.overall) * 6L) ? top.getKey() : ALL);
	}

	/**
	 * Drops the windows of domains this instance no longer holds (their partition went to
	 * another instance, which replays them).
	 */
	public void forgetDomains(Predicate<String> domains) {
		this.byDomain.keySet().removeIf(domains);
	}

	/** Drops the account's windows (the {@link #ALL} partition went elsewhere). */
	public void forgetAccount() {
		this.overall.clear();
		this.baseline.clear();
	}

	/** Whether a scope is open (an incident raised here or restored). */
	public boolean isOpen(String scope) {
		return this.open.contains(scope);
	}

	/** Whether no scope at all is open. */
	public boolean noneOpen() {
		return this.open.isEmpty();
	}

	/**
	 * Frees a scope whose incident closed, so a later burst there is a new spike.
	 */
	public void close(String scope) {
		this.open.remove(scope);
	}

	/** Marks a scope open (an incident restored at start-up). */
	public void markOpen(String scope) {
		this.open.add(scope);
	}

	private Optional<Burst> opened(String scope, Deque<Observation> window) {
		this.open.add(scope);
		return Optional.of(new Burst(scope, (int) pending(window), window.size(), likelyCause(window), null));
	}

	/**
	 * The account's numbers, and the part of them on the domain named (so the summary
	 * never under-states).
	 */
	private Optional<Burst> jumped(String scope) {
		this.open.add(scope);
		List<Observation> onScope = this.overall.stream()
			.filter((o) -> ALL.equals(scope) || o.domain().equals(scope))
			.toList();
		Double baselineShare = hasBaseline() ? share(this.baseline) : null;
		return Optional.of(new Burst(scope, (int) pending(this.overall), this.overall.size(), likelyCause(onScope),
				new Jump((int) pending(onScope), baselineShare)));
	}

	private static PendingCause likelyCause(Collection<Observation> window) {
		return window.stream()
			.map(Observation::cause)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.entrySet()
			.stream()
			.max(Comparator.comparing((Map.Entry<PendingCause, Long> e) -> e.getKey() != PendingCause.UNKNOWN)
				.thenComparing(Map.Entry::getValue))
			.map(Map.Entry::getKey)
			.orElse(PendingCause.UNKNOWN);
	}

	/**
	 * The account's recent pending share rose: above {@code overallShare} and
	 * {@code jump} above the baseline. Without a baseline yet (fewer older outcomes than
	 * one window) only a clear spike counts: four times {@code overallShare}.
	 */
	private boolean accountJumped() {
		if (!hasBaseline()) {
			return spiking(this.overall, Math.min(1.0, 4 * this.rules.overallShare()));
		}
		return spiking(this.overall, this.rules.overallShare())
				&& share(this.overall) - share(this.baseline) >= this.rules.jump();
	}

	private boolean hasBaseline() {
		return this.baseline.size() >= this.rules.windowSize();
	}

	private boolean spiking(Deque<Observation> window, double share) {
		return pending(window) >= this.rules.minPending() && share(window) >= share;
	}

	private static long pending(Collection<Observation> window) {
		return window.stream().filter(Observation::pending).count();
	}

	private static double share(Collection<Observation> window) {
		return window.isEmpty() ? 0 : (double) pending(window) / window.size();
	}

	/**
	 * Appends (unless null) and trims to {@code limit}; returns the oldest element
	 * trimmed, if any.
	 */
	private static Optional<Observation> push(Deque<Observation> window, Observation observation, int limit) {
		if (observation != null) {
			window.addLast(observation);
		}
		Observation evicted = null;
		while (window.size() > limit) {
			evicted = window.removeFirst();
		}
		return Optional.ofNullable(evicted);
	}

	private Instant newest(Observation observation) {
		if (observation.at().isAfter(this.newest)) {
			this.newest = observation.at();
		}
		return this.newest;
	}

	private void pruneAccount(Instant now) {
		Instant oldest = now.minus(this.rules.window());
		// aged out of the recent window is still older traffic: the baseline of an
		// account too quiet to fill a window
		for (Iterator<Observation> it = this.overall.iterator(); it.hasNext();) {
			Observation observation = it.next();
			if (observation.at().isBefore(oldest)) {
				it.remove();
				this.baseline.addLast(observation);
			}
		}
		push(this.baseline, null, this.rules.baselineSize());
		this.baseline.removeIf((o) -> o.at().isBefore(now.minus(this.rules.baselineWindow())));
	}

	private void pruneDomains(Instant now) {
		Instant oldest = now.minus(this.rules.window());
		this.byDomain.values().forEach((window) -> window.removeIf((o) -> o.at().isBefore(oldest)));
		this.byDomain.values().removeIf(Deque::isEmpty);
	}

}
