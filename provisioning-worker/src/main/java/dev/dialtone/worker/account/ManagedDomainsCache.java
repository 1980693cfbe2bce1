package dev.dialtone.worker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.accounts.ManagedDomains;

/**
 * The account's managed domains, re-read at most once per TTL: every hire's pre-flight
 * needs them, and a wave of hires would otherwise spend a call each on an answer that
 * changes only when an admin verifies a domain. Single flight: when the answer is stale,
 * one caller reads and the others (a wave of hires starting together, 46 reads in the
 * first 0.6 s of a 60-hire run before this) wait for that read.
 *
 * <p>
 * Nobody waits on an old answer: while a re-read is in flight, or after it failed, the
 * others take the last answer however old (the pre-flight's evidence only; Zoom's answer
 * to the create decides, and a pending outcome's evidence is re-read uncached). Only
 * before the first answer do they wait, at most {@code firstReadWait}, and then go on
 * without one. Why: under a storm of 429s a read can spend its whole retry budget; the
 * others used to wait for it and then each read again, holding the create gate, so hires
 * queued for minutes and ended FAILED for a read whose answer they did not need.
 */
final class ManagedDomainsCache {

	/** How long the others wait for the very first read before going on without it. */
	static final Duration FIRST_READ_WAIT = Duration.ofSeconds(20);

	private final Supplier<ZoomResponse<ManagedDomains>> reader;

	private final Clock clock;

	private final Duration ttl;

	private final Duration firstReadWait;

	private volatile Snapshot snapshot;

	/** The read in flight, if any; whoever installs it reads, everyone else waits. */
	private final AtomicReference<CompletableFuture<Snapshot>> inFlight = new AtomicReference<>();

	ManagedDomainsCache(ZoomClient zoom, Clock clock, Duration ttl) {
		this(() -> zoom.accounts().managedDomains(), clock, ttl, FIRST_READ_WAIT);
	}

	ManagedDomainsCache(Supplier<ZoomResponse<ManagedDomains>> reader, Clock clock, Duration ttl,
			Duration firstReadWait) {
		this.reader = reader;
		this.clock = clock;
		this.ttl = ttl;
		this.firstReadWait = firstReadWait;
	}

	/**
	 * @return the managed domains (fresh, read by a concurrent hire, or the last answer
	 * when a re-read is in flight or failed); empty when Zoom has not answered yet
	 */
	Optional<ManagedDomains> get(Steps steps) {
		Snapshot current = freshSnapshot();
		if (current != null) {
			steps.skipped("preflight-domain", "managed domains read " + current.readAt());
			return Optional.of(current.domains());
		}
		CompletableFuture<Snapshot> mine = new CompletableFuture<>();
		CompletableFuture<Snapshot> theirs = this.inFlight.compareAndExchange(null, mine);
		if (theirs == null) {
			return readAs(mine, steps);
		}
		Snapshot last = this.snapshot;
		if (last != null) {
			steps.skipped("preflight-domain",
					"managed domains read " + last.readAt() + " (a concurrent hire is reading them again)");
			return Optional.of(last.domains());
		}
		try {
			Snapshot shared = theirs.get(this.firstReadWait.toMillis(), TimeUnit.MILLISECONDS);
			steps.skipped("preflight-domain", "managed domains read " + shared.readAt() + " by a concurrent hire");
			return Optional.of(shared.domains());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted waiting for the managed domains", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			// the first read failed (after its retries) or is still at it: go on without
			// the answer rather than each hire reading again
			return unknown(steps,
					(ex instanceof TimeoutException)
							? "a concurrent hire's read did not finish within " + this.firstReadWait.toSeconds() + " s"
							: "a concurrent hire's read failed: " + ex.getCause().getMessage());
		}
	}

	/**
	 * Reads the managed domains now, whatever the cache holds (and refreshes it): the
	 * evidence of a pending outcome must be fresh, since the auditor routes it by the
	 * domain's status.
	 */
	ManagedDomains fresh(Steps steps) {
		return read("evidence-domain", "GET /accounts/me/managed_domains (uncached)", steps);
	}

	private Optional<ManagedDomains> readAs(CompletableFuture<Snapshot> mine, Steps steps) {
		try {
			// another reader may have finished between the freshness check and the claim
			Snapshot current = freshSnapshot();
			if (current != null) {
				mine.complete(current);
				steps.skipped("preflight-domain", "managed domains read " + current.readAt());
				return Optional.of(current.domains());
			}
			ManagedDomains domains = read("preflight-domain", "GET /accounts/me/managed_domains", steps);
			mine.complete(this.snapshot);
			return Optional.of(domains);
		}
		catch (StepFailedException ex) {
			// the read spent its retries (or Zoom refused it): the last answer, if any,
			// is still the best the pre-flight has
			mine.completeExceptionally(ex);
			Snapshot last = this.snapshot;
			if (last != null) {
				steps.fact("domainStatusStale", "true");
				return Optional.of(last.domains());
			}
			return unknown(steps, null);
		}
		catch (Throwable ex) {
			// whatever ends the read, nobody may wait on it for ever
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.compareAndSet(mine, null);
		}
	}

	private static Optional<ManagedDomains> unknown(Steps steps, String why) {
		steps.fact("domainStatusStale", "true");
		if (why != null) {
			steps.skipped("preflight-domain", "managed domains not known yet: " + why);
		}
		return Optional.empty();
	}

	private ManagedDomains read(String step, String detail, Steps steps) {
		Instant now = this.clock.instant();
		ManagedDomains domains = steps.read(step, detail, this.reader);
		this.snapshot = new Snapshot(domains, now);
		return domains;
	}

	private Snapshot freshSnapshot() {
		Snapshot current = this.snapshot;
		return (current != null && this.clock.instant().isBefore(current.readAt().plus(this.ttl))) ? current : null;
	}

	private record Snapshot(ManagedDomains domains, Instant readAt) {
	}

}
