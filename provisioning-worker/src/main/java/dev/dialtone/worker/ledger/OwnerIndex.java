package dev.dialtone.worker.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The email → employee index in memory, looked up by email and by Zoom user id. Filled
 * from the index topic ({@link EmailIndex}) and by the outcomes this instance builds; the
 * plain handler tests fill it directly.
 */
public final class OwnerIndex implements EmailOwners {

	private final Map<String, Owner> byEmail = new ConcurrentHashMap<>();

	private final Map<String, String> byZoomUser = new ConcurrentHashMap<>();

	/**
	 * Records that the email and the Zoom user belong to the employee (the newest record
	 * wins). A Zoom user has one email, so any other email recorded for the same Zoom
	 * user (the employee's email before a change) is forgotten.
	 * @return the emails forgotten, for the caller to remove from the topic too
	 */
	public List<String> put(String email, String employeeId, String zoomUserId) {
		if (email == null || employeeId == null || zoomUserId == null) {
			return List.of();
		}
		String current = key(email);
		List<String> stale = new ArrayList<>();
		this.byEmail.forEach((recorded, owner) -> {
			if (!recorded.equals(current) && owner.zoomUserId().equals(zoomUserId)) {
				stale.add(recorded);
			}
		});
		stale.forEach(this.byEmail::remove);
		this.byEmail.put(current, new Owner(employeeId, zoomUserId));
		this.byZoomUser.put(zoomUserId, employeeId);
		return stale;
	}

	/** Forgets an email (its record on the topic was deleted). */
	public void remove(String email) {
		if (email != null) {
			this.byEmail.remove(key(email));
		}
	}

	@Override
	public Optional<Owner> ofEmail(String email) {
		return (email != null) ? Optional.ofNullable(this.byEmail.get(key(email))) : Optional.empty();
	}

	@Override
	public Optional<String> ofZoomUser(String zoomUserId) {
		return (zoomUserId != null) ? Optional.ofNullable(this.byZoomUser.get(zoomUserId)) : Optional.empty();
	}

	int size() {
		return this.byEmail.size();
	}

	static String key(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
