package dev.dialtone.auditor.creation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.contracts.ZoomUserCreation;

/**
 * How each Zoom user was made, by Zoom user id: every instance rebuilds it from the
 * compacted creations topic at start-up and tails it (a {@code StateTopic}), so a
 * {@code user.created} webhook received by any instance is known to all. Bounded by age:
 * a record whose creation is older than {@code maxAge} is never answered and is dropped
 * from memory at the next prune (every {@value #PRUNE_EVERY} records applied), since a
 * user pending that long is a matter for people whatever made it.
 */
public class ZoomUserCreations {

	/** Records applied between two drops of the aged-out ones (a drop reads them all). */
	private static final int PRUNE_EVERY = 1024;

	private final Map<String, ZoomUserCreation> byZoomUser = new ConcurrentHashMap<>();

	private final AtomicInteger sincePrune = new AtomicInteger();

	private final Duration maxAge;

	private final Clock clock;

	ZoomUserCreations(Duration maxAge, Clock clock) {
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/** Remembers a creation (read from the topic, or just published). */
	void apply(ZoomUserCreation creation) {
		Instant oldest = oldestKept();
		if (this.sincePrune.incrementAndGet() >= PRUNE_EVERY) {
			this.sincePrune.set(0);
			this.byZoomUser.values().removeIf((held) -> held.getCreatedAt().isBefore(oldest));
		}
		if (!creation.getCreatedAt().isBefore(oldest)) {
			this.byZoomUser.put(creation.getZoomUserId(), creation);
		}
	}

	/** How the Zoom user was made, when a webhook within the kept age said so. */
	public Optional<ZoomUserCreation> of(String zoomUserId) {
		if (zoomUserId == null) {
			return Optional.empty();
		}
		Instant oldest = oldestKept();
		return Optional.ofNullable(this.byZoomUser.get(zoomUserId))
			.filter((creation) -> !creation.getCreatedAt().isBefore(oldest));
	}

	/** Creations held in memory. */
	public int size() {
		return this.byZoomUser.size();
	}

	private Instant oldestKept() {
		return this.clock.instant().minus(this.maxAge);
	}

}
