package dev.dialtone.worker.phone;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * What this worker knows to be free of one kind (extensions or numbers) at one site, by
 * slice, and what its lanes hold reserved right now. Not thread-safe on its own: the
 * {@link LineAllocator} holds the pool's monitor.
 */
final class SitePool {

	private final ToIntFunction<String> slice;

	private final Map<Integer, NavigableSet<String>> free = new HashMap<>();

	private final Set<String> reserved = new HashSet<>();

	/**
	 * Candidates Zoom called taken although its list showed them free: extensions are
	 * unique in the whole account, so a holder the site's list does not show (a user of
	 * another site, a call queue) would be re-offered by every listing otherwise.
	 */
	private final Set<String> heldElsewhere = new HashSet<>();

	/** Candidates this worker assigned, with the listing generation current then. */
	private final Map<String, Long> confirmed = new HashMap<>();

	private long generation;

	/** Numbers only: Zoom's next page of the current pass (null: the first). */
	String cursor;

	/** Numbers only: the current pass has read Zoom's last page. */
	boolean passEnded;

	/** Numbers only: candidates the current pass offered. */
	int passOffered;

	/**
	 * Numbers only: candidates of the slices this worker takes from that the current pass
	 * offered.
	 */
	int passOfferedOwn;

	/**
	 * The identity partitions whose slices this worker has owned without a break since
	 * what it knows of them was listed.
	 */
	private Set<Integer> listedFor = Set.of();

	/** Whether any listing was read yet. */
	boolean listed;

	/**
	 * Zoom answered "taken" for a candidate this worker believed free (another worker
	 * borrowed it, or a change outside Dialtone): what this worker knows is out of date.
	 */
	boolean stale;

	SitePool(ToIntFunction<String> slice) {
		this.slice = slice;
	}

	/**
	 * @return the generation of a listing starting now (its answer predates later
	 * confirmations)
	 */
	long listingStarted() {
		this.listed = true;
		this.stale = false;
		return ++this.generation;
	}

	/**
	 * @param owned the identity partitions this worker owns as a listing starts
	 * @return the generation of a listing starting now
	 */
	long listingStarted(Set<Integer> owned) {
		this.listedFor = Set.copyOf(owned);
		return listingStarted();
	}

	/**
	 * Brings what is known in line with the partitions owned now. A slice gained since
	 * the last listing (a rebalance) was its previous owner's to assign from, so what
	 * this worker listed of it may be assigned by now: it is forgotten, and later
	 * listings or pages offer it afresh. The other slices stay usable, so a rebalance
	 * costs no listing and holds up no lane: a hire keyed to a gained partition takes
	 * from another slice this worker owns meanwhile (any of them is this worker's alone).
	 * @return the slices forgotten
	 */
	Set<Integer> followOwnership(Set<Integer> owned) {
		// a partition lost and won back between two calls is not seen as gained: its
		// stale candidates cost a "taken" answer each, then the next one is tried
		Set<Integer> gained = owned.stream()
			.filter((s) -> !this.listedFor.contains(s))
			.collect(Collectors.toUnmodifiableSet());
		gained.forEach(this.free::remove);
		this.listedFor = Set.copyOf(owned);
		return gained;
	}

	/**
	 * Numbers only: the next read starts again at Zoom's first page (and forgets what the
	 * previous pass listed).
	 */
	void restartPass() {
		this.cursor = null;
		this.passEnded = false;
		this.passOffered = 0;
		this.passOfferedOwn = 0;
	}

	/**
	 * Adds listed candidates, except those reserved by a lane or assigned by this worker
	 * after the listing started (Zoom's answer may predate the assignment).
	 * @return how many were added
	 */
	int offer(Collection<String> values, long listing) {
		int added = 0;
		for (String value : values) {
			Long assignedAt = this.confirmed.get(value);
			if (this.reserved.contains(value) || this.heldElsewhere.contains(value)
					|| (assignedAt != null && assignedAt >= listing)) {
				continue;
			}
			if (this.free.computeIfAbsent(this.slice.applyAsInt(value), (s) -> new TreeSet<>()).add(value)) {
				added++;
			}
		}
		return added;
	}

	/**
	 * Forgets everything listed so far (a new complete listing replaces it) and the
	 * assignments that listing will show.
	 */
	void forgetFree(long listing) {
		this.free.clear();
		this.confirmed.values().removeIf((at) -> at < listing);
	}

	/**
	 * @return the first free candidate of the first slice in {@code order} that has one,
	 * now reserved; null when none
	 */
	String take(List<Integer> order) {
		return take(order, false);
	}

	/**
	 * Takes from the other end of a slice: a worker borrowing from slices it does not own
	 * takes their last candidates while their owner takes the first, so the two meet only
	 * when the slice is all but used up.
	 */
	String borrow(List<Integer> order) {
		return take(order, true);
	}

	private String take(List<Integer> order, boolean fromEnd) {
		for (int s : order) {
			NavigableSet<String> candidates = this.free.get(s);
			if (candidates != null && !candidates.isEmpty()) {
				String value = fromEnd ? candidates.pollLast() : candidates.pollFirst();
				this.reserved.add(value);
				return value;
			}
		}
		return null;
	}

	void confirm(String value) {
		this.reserved.remove(value);
		this.confirmed.put(value, this.generation);
	}

	void release(String value) {
		if (this.reserved.remove(value)) {
			this.free.computeIfAbsent(this.slice.applyAsInt(value), (s) -> new TreeSet<>()).add(value);
		}
	}

	/**
	 * Someone outside this worker holds it: not offered again (a listing that shows it
	 * free may not see its holder) until {@link #forgetHeldElsewhere}.
	 */
	void taken(String value) {
		this.reserved.remove(value);
		this.heldElsewhere.add(value);
		this.stale = true;
	}

	/**
	 * Lets the next listings offer again what Zoom called taken (its holder may have let
	 * it go): done when the pool runs dry, so a re-drive tries them once more.
	 * @return how many candidates were held elsewhere
	 */
	int forgetHeldElsewhere() {
		int held = this.heldElsewhere.size();
		this.heldElsewhere.clear();
		return held;
	}

	int freeCount() {
		return this.free.values().stream().mapToInt(Set::size).sum();
	}

	/** Free candidates in the given slices. */
	int freeIn(Collection<Integer> slices) {
		return slices.stream().mapToInt((s) -> this.free.getOrDefault(s, Collections.emptyNavigableSet()).size()).sum();
	}

}
