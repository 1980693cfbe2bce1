package dev.dialtone.worker.ledger;

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
	 * wins).
	 */
	public void put(String email, String employeeId, String zoomUserId) {
		if (email == null || employeeId == null || zoomUserId == null) {
			return;
		}
		this.byEmail.put(key(email), new Owner(employeeId, zoomUserId));
		this.byZoomUser.put(zoomUserId, employeeId);
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
