package dev.dialtone.auditor.spike;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.contracts.PendingIncident;

/**
 * The open incident of each scope, as this instance raised them and as the incidents
 * topic (read by every instance, in no order across its partitions) tells of the others.
 * Remembers the ids of closed incidents, so an open record read after its own close (the
 * tail catching up with our write, another partition read late) never re-opens it.
 */
final class OpenIncidents {

	/** Closed ids remembered; incidents are rare, this is weeks of them. */
	private static final int CLOSED_IDS = 10_000;

	/** What a record read back changed. */
	enum Change {

		OPENED, CLOSED, NONE

	}

	private final Map<String, PendingIncident> byScope = new ConcurrentHashMap<>();

	private final Set<String> closedIds = Collections.newSetFromMap(new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > CLOSED_IDS;
		}

	});

	boolean contains(String scope) {
		return this.byScope.containsKey(scope);
	}

	boolean isEmpty() {
		return this.byScope.isEmpty();
	}

	int size() {
		return this.byScope.size();
	}

	List<PendingIncident> all() {
		return new ArrayList<>(this.byScope.values());
	}

	void opened(PendingIncident incident) {
		this.byScope.put(incident.getScope(), incident);
	}

	/** Forgets an incident whose publication did not commit. */
	void withdrawn(PendingIncident incident) {
		this.byScope.remove(incident.getScope(), incident);
	}

	void closed(PendingIncident incident) {
		this.closedIds.add(incident.getIncidentId());
		PendingIncident held = this.byScope.get(incident.getScope());
		if (held != null && held.getIncidentId().equals(incident.getIncidentId())) {
			this.byScope.remove(incident.getScope());
		}
	}

	/**
	 * Applies a record read back from the incidents topic: a closed record closes its own
	 * incident only; an open record opens its scope unless its incident was closed
	 * already or the scope holds a newer one.
	 */
	Change restore(PendingIncident incident) {
		PendingIncident held = this.byScope.get(incident.getScope());
		boolean same = held != null && held.getIncidentId().equals(incident.getIncidentId());
		if (incident.getClosedAt() != null) {
			closed(incident);
			return same ? Change.CLOSED : Change.NONE;
		}
		if (same || this.closedIds.contains(incident.getIncidentId())
				|| (held != null && held.getOpenedAt().isAfter(incident.getOpenedAt()))) {
			return Change.NONE;
		}
		this.byScope.put(incident.getScope(), incident);
		return Change.OPENED;
	}

}
