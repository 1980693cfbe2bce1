package dev.dialtone.zoom.simulator.users;

import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import dev.dialtone.zoom.simulator.api.ZoomApiException;
import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * The account's users, indexed by id and by (case-insensitive) email; email uniqueness is
 * enforced atomically.
 */
@Component
public class UserStore implements Seedable {

	/** Zoom's alias for the calling user wherever a {@code userId} is taken. */
	public static final String ME = "me";

	private final Map<String, SimUser> byId = new ConcurrentHashMap<>();

	private final Map<String, SimUser> byEmail = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

	private volatile String ownerEmail;

	@Override
	public void apply(Seed seed) {
		this.byId.values().forEach((user) -> {
			synchronized (user) {
				user.deleted = true;
			}
		});
		this.byId.clear();
		this.byEmail.clear();
		this.ownerEmail = seed.account().owner();
		if (this.ownerEmail != null) {
			create(this.ownerEmail, "custCreate", (owner) -> {
				owner.firstName = "Account";
				owner.lastName = "Owner";
				owner.type = 2;
				owner.status = UserStatus.ACTIVE;
				owner.verified = 1;
				owner.loginTypes = List.of(UserCreation.LOGIN_WORK_EMAIL);
			});
		}
	}

	/** Adds a user, or answers 409/1005 when the email is already in the account. */
	SimUser create(String email, String creationType, Consumer<SimUser> init) {
		SimUser user = new SimUser(newId(), email, this.sequence.incrementAndGet(), creationType, newId());
		synchronized (user) {
			init.accept(user);
		}
		if (this.byEmail.putIfAbsent(normalize(email), user) != null) {
			throw new ZoomApiException(409, 1005, "User already in the account: " + email);
		}
		this.byId.put(user.id(), user);
		return user;
	}

	/**
	 * Finds a live user by id or email, as Zoom's {userId} path parameter allows either,
	 * or {@code me}: the account's owner (none when the seed names no owner).
	 */
	public SimUser find(String ref) {
		if (ref == null) {
			return null;
		}
		if (ME.equalsIgnoreCase(ref)) {
			String owner = this.ownerEmail;
			return (owner != null) ? this.byEmail.get(normalize(owner)) : null;
		}
		SimUser user = this.byId.get(ref);
		if (user == null && ref.indexOf('@') > 0) {
			user = this.byEmail.get(normalize(ref));
		}
		return user;
	}

	public SimUser require(String ref) {
		SimUser user = find(ref);
		if (user == null) {
			throw ZoomApiException.userNotFound(ref);
		}
		return user;
	}

	public SimUser findByActivationToken(String token) {
		return this.byId.values().stream().filter((u) -> u.activationToken().equals(token)).findFirst().orElse(null);
	}

	/**
	 * Moves the user to a new email, atomically against creates and other changes: false
	 * when another user already holds it. The caller holds the user's lock.
	 */
	boolean changeEmail(SimUser user, String email) {
		String key = normalize(email);
		if (key.equals(normalize(user.email()))) {
			user.setEmail(email);
			return true;
		}
		if (this.byEmail.putIfAbsent(key, user) != null) {
			return false;
		}
		this.byEmail.remove(normalize(user.email()), user);
		user.setEmail(email);
		return true;
	}

	/** Removes the user from both indexes; the caller holds the user's lock. */
	void remove(SimUser user) {
		user.deleted = true;
		this.byId.remove(user.id(), user);
		this.byEmail.remove(normalize(user.email()), user);
	}

	/**
	 * A stable key for the same user whether named by id or email (used by lock keys).
	 */
	public String canonicalKey(String ref) {
		SimUser user = find(ref);
		return (user != null) ? user.id() : normalize(ref);
	}

	/** Users in creation order, optionally filtered by status. */
	public List<SimUser> list(UserStatus status) {
		return this.byId.values()
			.stream()
			.filter((user) -> status == null || user.status() == status)
			.sorted(Comparator.comparingLong(SimUser::sequence))
			.toList();
	}

	public Map<UserStatus, Long> countsByStatus() {
		Map<UserStatus, Long> counts = new EnumMap<>(UserStatus.class);
		for (UserStatus status : UserStatus.values()) {
			counts.put(status, 0L);
		}
		this.byId.values().forEach((user) -> counts.merge(user.status(), 1L, Long::sum));
		return counts;
	}

	static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/** Zoom-looking 22-character ids. */
	static String newId() {
		byte[] bytes = new byte[16];
		ThreadLocalRandom.current().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
