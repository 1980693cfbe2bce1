package dev.dialtone.worker.phone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.PhoneNumber;
import dev.dialtone.zoom.client.phone.PhoneNumberPage;
import dev.dialtone.zoom.client.phone.PhoneNumberQuery;
import dev.dialtone.zoom.client.phone.PhoneUserPage;
import dev.dialtone.zoom.client.phone.PhoneUserQuery;
import dev.dialtone.zoom.client.phone.PhoneUserSummary;

/**
 * Hands out extensions and numbers no other worker is trying at the same time (worker
 * README, "Allocation"): candidates are sliced by identity partition
 * ({@link CandidateSlices}), a worker offers only the slices of partitions it owns, and
 * its lanes are kept apart by reservations. What is free comes from Zoom's lists (phone
 * users of the site, unassigned numbers page by page), so a full range or an empty pool
 * is known from a list, never by probing with writes.
 * <p>
 * Use: {@link #reserveExtension} / {@link #reserveNumber}, then after the write
 * {@link #confirm} (Zoom accepted), {@link #taken} (Zoom says someone else holds it:
 * reserve the next) or {@link #release} (not sent, e.g. a dry run or a batch that failed
 * before sending).
 */
public final class LineAllocator {

	private static final int PAGE_SIZE = 100;

	/** Zoom lists at most this many pages of one site (100 × 500 = 50,000 lines). */
	private static final int MAX_PAGES = 500;

	private final ZoomClient zoom;

	private final IntSupplier partitions;

	private final Supplier<Set<Integer>> owned;

	private final Map<String, SitePool> extensions = new ConcurrentHashMap<>();

	private final Map<String, SitePool> numbers = new ConcurrentHashMap<>();

	/**
	 * @param partitions the identity topic's partition count
	 * @param owned the identity partitions this worker owns right now
	 */
	public LineAllocator(ZoomClient zoom, IntSupplier partitions, Supplier<Set<Integer>> owned) {
		this.zoom = zoom;
		this.partitions = partitions;
		this.owned = owned;
	}

	/** One worker alone (no Kafka): it owns every slice. */
	public static LineAllocator alone(ZoomClient zoom) {
		return new LineAllocator(zoom, () -> 1, () -> Set.of(0));
	}

	/**
	 * @param employeeId the person the extension is for
	 * @param site the site whose range to allocate from
	 * @param steps the event's steps (the list reads are recorded there)
	 * @return a reserved extension nobody holds as far as Zoom's list and this worker
	 * know
	 * @throws LineRangeFullException when Zoom lists every extension of the range as used
	 */
	public Reservation reserveExtension(String employeeId, WorkerProperties.Site site, Steps steps) {
		int total = this.partitions.getAsInt();
		SitePool pool = this.extensions.computeIfAbsent(site.zoomSiteId(), (id) -> new SitePool(
				(v) -> CandidateSlices.ofExtension(Integer.parseInt(v), site.extensionFrom(), total)));
		synchronized (pool) {
			Set<Integer> owned = this.owned.get();
			List<Integer> mine = CandidateSlices.preference(employeeId, owned, total);
			pool.followOwnership(owned);
			if (!pool.listed || pool.stale) {
				listExtensions(pool, site, owned, steps);
			}
			String value = pool.take(mine);
			if (value == null) {
				// this worker's slices are used up as far as it knows: Zoom's list shows
				// what was freed, what other workers took, and whether the range is full
				int used = listExtensions(pool, site, owned, steps);
				value = pool.take(mine);
				value = (value != null) ? value : pool.borrow(CandidateSlices.all(total));
				if (value == null) {
					steps.fact("lineRangeFull", "extension");
					steps.fact("siteId", site.zoomSiteId());
					steps.fact("extensionRange", site.extensionFrom() + "-" + site.extensionTo());
					int elsewhere = pool.forgetHeldElsewhere();
					throw new LineRangeFullException("the extension range " + site.extensionFrom() + "-"
							+ site.extensionTo() + " of site " + site.zoomSiteId() + " is full: Zoom lists " + used
							+ " extensions of it in use" + heldElsewhere(elsewhere)
							+ ". To fix: widen the site's range (dialtone.worker.sites) or"
							+ " free extensions, then re-drive.");
				}
			}
			return new Reservation(Kind.EXTENSION, site.zoomSiteId(), value);
		}
	}

	/**
	 * @return a reserved unassigned number of the site
	 * @throws LineRangeFullException when Zoom lists no unassigned number for the site
	 */
	public Reservation reserveNumber(String employeeId, WorkerProperties.Site site, Steps steps) {
		int total = this.partitions.getAsInt();
		SitePool pool = this.numbers.computeIfAbsent(site.zoomSiteId(),
				(id) -> new SitePool((v) -> CandidateSlices.ofNumber(v, total)));
		synchronized (pool) {
			Set<Integer> owned = this.owned.get();
			List<Integer> mine = CandidateSlices.preference(employeeId, owned, total);
			// a slice gained in a rebalance: its previous owner assigned from it since
			// this worker's pages were read, so what they showed of it is dropped (the
			// pass goes on; its later pages offer the slice afresh)
			pool.followOwnership(owned);
			// at most two passes over Zoom's list: one may have started before numbers
			// were released
			for (int passes = 0; passes < 2;) {
				String value = pool.take(mine);
				if (value != null) {
					return new Reservation(Kind.NUMBER, site.zoomSiteId(), value);
				}
				if (!pool.passEnded) {
					readNumberPage(pool, site, owned, mine, steps);
					continue;
				}
				// Zoom's list of unassigned numbers shrinks while it is read (every
				// worker
				// assigns from it) and a page token is a position in it, so a pass skips
				// numbers that moved up past it: only a pass that found none of this
				// worker's own numbers shows its slices used up. Borrowing earlier would
				// take numbers their owner is about to assign ("taken" for one of the
				// two).
				if (pool.passOfferedOwn == 0) {
					value = pool.borrow(CandidateSlices.all(total));
					if (value != null) {
						return new Reservation(Kind.NUMBER, site.zoomSiteId(), value);
					}
				}
				passes++;
				boolean emptyPass = pool.passOffered == 0;
				pool.restartPass();
				if (emptyPass) {
					break;
				}
			}
			steps.fact("lineRangeFull", "number");
			steps.fact("siteId", site.zoomSiteId());
			int elsewhere = pool.forgetHeldElsewhere();
			throw new LineRangeFullException("the number pool of site " + site.zoomSiteId()
					+ " is empty: Zoom lists no unassigned number for it" + heldElsewhere(elsewhere)
					+ ". To fix: add or port numbers to the site, or free numbers, then re-drive.");
		}
	}

	/** Zoom accepted the candidate: the worker never offers it again while it is held. */
	public void confirm(Reservation reservation) {
		SitePool pool = pool(reservation);
		synchronized (pool) {
			pool.confirm(reservation.value());
		}
	}

	/** The candidate was not used (not sent, or the write failed for another reason). */
	public void release(Reservation reservation) {
		SitePool pool = pool(reservation);
		synchronized (pool) {
			pool.release(reservation.value());
		}
	}

	/** Zoom says someone holds the candidate (a change made outside Dialtone). */
	public void taken(Reservation reservation) {
		SitePool pool = pool(reservation);
		synchronized (pool) {
			pool.taken(reservation.value());
		}
	}

	/**
	 * Candidates Zoom's list showed free but Zoom called taken (held where the site's
	 * list does not show): named so the reader knows the list alone is not the whole
	 * story.
	 */
	private static String heldElsewhere(int count) {
		return (count == 0) ? "" : " (and " + count
				+ " it lists as free were held outside the site's list, e.g. by another" + " site or a call queue)";
	}

	static boolean inRange(Long extension, WorkerProperties.Site site) {
		return extension != null && extension >= site.extensionFrom() && extension <= site.extensionTo();
	}

	private SitePool pool(Reservation reservation) {
		Map<String, SitePool> pools = (reservation.kind() == Kind.EXTENSION) ? this.extensions : this.numbers;
		return pools.get(reservation.siteId());
	}

	/**
	 * Reads every page of the site's phone users and offers the range's extensions none
	 * of them has.
	 * @return extensions of the range Zoom lists as used
	 */
	private int listExtensions(SitePool pool, WorkerProperties.Site site, Set<Integer> owned, Steps steps) {
		long listing = pool.listingStarted(owned);
		Set<Long> used = new HashSet<>();
		PhoneUserQuery query = new PhoneUserQuery(site.zoomSiteId(), null, null, PAGE_SIZE, null);
		for (int page = 0; page < MAX_PAGES; page++) {
			PhoneUserQuery current = query;
			PhoneUserPage users = steps.read("list-extensions", "GET /phone/users?site_id=" + site.zoomSiteId(),
					() -> this.zoom.phone().listUsers(current));
			for (PhoneUserSummary user : users.users()) {
				if (inRange(user.extensionNumber(), site)) {
					used.add(user.extensionNumber());
				}
			}
			if (!users.hasNext()) {
				break;
			}
			query = query.page(users.nextPageToken());
		}
		List<String> free = new ArrayList<>();
		for (long extension = site.extensionFrom(); extension <= site.extensionTo(); extension++) {
			if (!used.contains(extension)) {
				free.add(Long.toString(extension));
			}
		}
		pool.forgetFree(listing);
		pool.offer(free, listing);
		return used.size();
	}

	/** Reads the next page of the site's unassigned numbers (Zoom's page size: 100). */
	private void readNumberPage(SitePool pool, WorkerProperties.Site site, Set<Integer> owned, List<Integer> mine,
			Steps steps) {
		// a pass is listed for the partitions owned as it starts
		long listing = (pool.cursor == null) ? pool.listingStarted(owned) : pool.listingStarted();
		if (pool.cursor == null) {
			pool.forgetFree(listing);
		}
		PhoneNumberQuery query = new PhoneNumberQuery(PhoneNumberQuery.NumberType.UNASSIGNED, site.zoomSiteId(),
				PAGE_SIZE, pool.cursor);
		PhoneNumberPage page = steps.read("list-numbers",
				"GET /phone/numbers?type=unassigned&site_id=" + site.zoomSiteId(),
				() -> this.zoom.phone().listNumbers(query));
		List<String> unassigned = new ArrayList<>();
		for (PhoneNumber number : page.phoneNumbers()) {
			if (!number.isAssigned() && number.number() != null) {
				unassigned.add(number.number());
			}
		}
		int ownBefore = pool.freeIn(mine);
		pool.passOffered += pool.offer(unassigned, listing);
		pool.passOfferedOwn += pool.freeIn(mine) - ownBefore;
		pool.cursor = page.hasNext() ? page.nextPageToken() : null;
		pool.passEnded = !page.hasNext();
	}

	/** Extension or number. */
	public enum Kind {

		EXTENSION, NUMBER

	}

	/**
	 * A candidate held for one employee until it is confirmed, released or found taken.
	 *
	 * @param kind extension or number
	 * @param siteId Zoom site id
	 * @param value the extension or the number (E.164)
	 */
	public record Reservation(Kind kind, String siteId, String value) {
	}

	/** Zoom's lists say the site's extension range is full or its number pool empty. */
	public static class LineRangeFullException extends RuntimeException {

		LineRangeFullException(String message) {
			super(message);
		}

	}

}
