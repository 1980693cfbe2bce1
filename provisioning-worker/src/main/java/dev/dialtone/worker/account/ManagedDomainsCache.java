package dev.dialtone.worker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

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
 */
final class ManagedDomainsCache {

	private final Supplier<ZoomResponse<ManagedDomains>> reader;

	private final Clock clock;

	private final Duration ttl;

	private volatile Snapshot snapshot;

	/** The read in flight, if any; whoever installs it reads, everyone else waits. */
	private final AtomicReference<CompletableFuture<Snapshot>> inFlight = new AtomicReference<>();

	ManagedDomainsCache(ZoomClient zoom, Clock clock, Duration ttl) {
		this(() -> zoom.accounts().managedDomains(), clock, ttl);
	}

	ManagedDomainsCache(Supplier<ZoomResponse<ManagedDomains>> reader, Clock clock, Duration ttl) {
		this.reader = reader;
		this.clock = clock;
		this.ttl = ttl;
	}

	ManagedDomains get(Steps steps) {
		Snapshot current = freshSnapshot();
		if (current != null) {
			steps.skipped("preflight-domain", "managed domains read " + current.readAt());
			return current.domains();
		}
		CompletableFuture<Snapshot> mine = new CompletableFuture<>();
		CompletableFuture<Snapshot> theirs = this.inFlight.compareAndExchange(null, mine);
		if (theirs == null) {
			return readAs(mine, steps);
		}
		try {
			Snapshot shared = theirs.join();
			steps.skipped("preflight-domain", "managed domains read " + shared.readAt() + " by a concurrent hire");
			return shared.domains();
		}
		catch (CompletionException ex) {
			// the other caller's read failed (after its retries): this event tries its
			// own
			return read("preflight-domain", "GET /accounts/me/managed_domains", steps);
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

	private ManagedDomains readAs(CompletableFuture<Snapshot> mine, Steps steps) {
		try {
			// another reader may have finished between the freshness check and the claim
			Snapshot current = freshSnapshot();
			if (current != null) {
				mine.complete(current);
				steps.skipped("preflight-domain", "managed domains read " + current.readAt());
				return current.domains();
			}
			ManagedDomains domains = read("preflight-domain", "GET /accounts/me/managed_domains", steps);
			mine.complete(this.snapshot);
			return domains;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.compareAndSet(mine, null);
		}
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
