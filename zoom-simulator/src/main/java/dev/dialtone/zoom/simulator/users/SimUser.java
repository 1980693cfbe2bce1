package dev.dialtone.zoom.simulator.users;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One user of the simulated account. Mutable state is guarded by the user's own monitor:
 * callers lock the user ({@code synchronized (user)}) around read-modify-write sequences,
 * so users never contend with each other.
 */
public final class SimUser {

	private final String id;

	private volatile String email;

	private final long sequence;

	private final Instant createdAt;

	private final String creationType;

	private final String activationToken;

	String firstName;

	String lastName;

	String displayName;

	String dept;

	String jobTitle;

	String timezone = "America/New_York";

	String pronouns;

	String phoneNumber;

	String phoneCountry;

	int type;

	UserStatus status;

	int verified;

	List<Integer> loginTypes = List.of();

	boolean zoomPhone;

	boolean deleted;

	String siteId;

	String extensionNumber;

	String extensionId;

	final Set<Integer> callingPlans = new LinkedHashSet<>();

	final List<String> numberIds = new ArrayList<>();

	SimUser(String id, String email, long sequence, String creationType, String activationToken) {
		this.id = id;
		this.email = email;
		this.sequence = sequence;
		this.createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.creationType = creationType;
		this.activationToken = activationToken;
	}

	public String id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	/** Changed only by {@link UserStore#changeEmail}, which re-indexes the user. */
	void setEmail(String email) {
		this.email = email;
	}

	public long sequence() {
		return this.sequence;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String creationType() {
		return this.creationType;
	}

	public String activationToken() {
		return this.activationToken;
	}

	public synchronized UserStatus status() {
		return this.status;
	}

	public synchronized boolean deleted() {
		return this.deleted;
	}

	public synchronized boolean zoomPhone() {
		return this.zoomPhone;
	}

	public synchronized void setZoomPhone(boolean on) {
		this.zoomPhone = on;
	}

	public synchronized String firstName() {
		return this.firstName;
	}

	public synchronized String lastName() {
		return this.lastName;
	}

	public synchronized String displayName() {
		return (this.displayName != null) ? this.displayName : join(this.firstName, this.lastName);
	}

	public synchronized String dept() {
		return this.dept;
	}

	public synchronized List<Integer> loginTypes() {
		return this.loginTypes;
	}

	/**
	 * A phone user is an active or deactivated user with the Zoom Phone feature: a
	 * deactivated one stays a phone user (status {@code deactivate}) whose numbers and
	 * plans can still be read and released.
	 */
	public synchronized boolean isPhoneUser() {
		return !this.deleted && this.zoomPhone
				&& (this.status == UserStatus.ACTIVE || this.status == UserStatus.INACTIVE);
	}

	/** Zoom Phone's status value: {@code activate} or {@code deactivate}. */
	public synchronized String phoneStatus() {
		return (this.status == UserStatus.INACTIVE) ? "deactivate" : "activate";
	}

	public synchronized String siteId() {
		return this.siteId;
	}

	public synchronized void setSiteId(String siteId) {
		this.siteId = siteId;
	}

	public synchronized String extensionNumber() {
		return this.extensionNumber;
	}

	public synchronized String extensionId() {
		return this.extensionId;
	}

	public synchronized void setExtension(String number, String extensionId) {
		this.extensionNumber = number;
		this.extensionId = extensionId;
	}

	public synchronized Set<Integer> callingPlans() {
		return this.callingPlans;
	}

	public synchronized List<String> numberIds() {
		return this.numberIds;
	}

	static String join(String first, String last) {
		String joined = ((first != null) ? first : "") + " " + ((last != null) ? last : "");
		return joined.trim();
	}

}
