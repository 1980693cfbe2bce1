package dev.dialtone.worker.phone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import dev.dialtone.zoom.client.phone.PhoneNumber;

/**
 * This instance's view of each site's unassigned numbers. Lanes take candidates from a
 * shared queue, so lanes of one instance never race each other; a page is fetched (and
 * shuffled, so instances start at different numbers) only when the queue runs dry. A
 * candidate may be stale (another instance took it): the caller then tries the next.
 */
final class NumberPool {

	private final Map<String, Queue<String>> candidates = new ConcurrentHashMap<>();

	/**
	 * @param siteId Zoom site id
	 * @param fetch reads one page of the site's unassigned numbers from Zoom
	 * @return a candidate number, or null when Zoom has none left
	 */
	String next(String siteId, Supplier<List<PhoneNumber>> fetch) {
		Queue<String> queue = this.candidates.computeIfAbsent(siteId, (id) -> new ConcurrentLinkedQueue<>());
		String candidate = queue.poll();
		if (candidate != null) {
			return candidate;
		}
		synchronized (queue) {
			candidate = queue.poll();
			if (candidate != null) {
				return candidate;
			}
			List<String> fresh = new ArrayList<>();
			for (PhoneNumber number : fetch.get()) {
				if (!number.isAssigned() && number.number() != null) {
					fresh.add(number.number());
				}
			}
			Collections.shuffle(fresh);
			queue.addAll(fresh);
			return queue.poll();
		}
	}

	/**
	 * Returns a candidate that was not used (dry runs), so a later real run can take it.
	 */
	void giveBack(String siteId, String number) {
		this.candidates.computeIfAbsent(siteId, (id) -> new ConcurrentLinkedQueue<>()).add(number);
	}

	/**
	 * Forgets cached candidates of every site (e.g. after numbers went back to the pool).
	 */
	void clear() {
		this.candidates.clear();
	}

}
