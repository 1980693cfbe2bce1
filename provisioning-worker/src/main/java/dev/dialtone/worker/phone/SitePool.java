package dev.dialtone.worker.phone;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * What this worker knows to be free of one kind (extensions or numbers) at one site, by
 * slice, and what its lanes hold reserved right now. Not thread-safe on its own: the
 * {@link LineAllocator} holds the pool's monitor.
 */
final class SitePool {

	private final ToIntFunction<String> slice;

	private final Map<Integer, NavigableSet<String>> free = new HashMap<>();

	private final Set<String> reserved = new HashSet<>();

	/** Candidates this worker assigned, with the listing generation current then. */
	private final Map<String, Long> confirmed = new HashMap<>();

	private long generation;

	/** Numbers only: Zoom's next page of the current pass (null: the first). */
	String cursor;

	/** Numbers only: the current pass has read Zoom's last page. */
	boolean passEnded;

	/** Numbers only: candidates the current pass offered. */
	int passOffered;

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
	 * Adds listed candidates, except those reserved by a lane or assigned by this worker
	 * after the listing started (Zoom's answer may predate the assignment).
	 * @return how many were added
	 */
	int offer(Collection<String> values, long listing) {
		int added = 0;
		for (String value : values) {
			Long assignedAt = this.confirmed.get(value);
			if (this.reserved.contains(value) || (assignedAt != null && assignedAt >= listing)) {
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
	 * Someone outside this worker holds it: not offered again until a listing says free.
	 */
	void taken(String value) {
		this.reserved.remove(value);
		this.stale = true;
	}

	int freeCount() {
		return this.free.values().stream().mapToInt(Set::size).sum();
	}

}
