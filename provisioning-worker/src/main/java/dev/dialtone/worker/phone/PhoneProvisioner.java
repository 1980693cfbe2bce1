package dev.dialtone.worker.phone;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.PhoneUser;
import dev.dialtone.zoom.client.phone.PhoneUserUpdate;

/**
 * Brings an active user's Zoom Phone profile to the desired {@link PhoneSetup}: extension
 * and site, calling plan, direct number. Each part compares first and writes only what
 * differs.
 */
public final class PhoneProvisioner {

	private final ZoomClient zoom;

	private final Sites sites;

	private static final int MAX_EXTENSION_CANDIDATES = 20;

	private final LineAllocator allocator;

	private final CallingPlanStep plans;

	private final NumberStep numbers;

	private final LineHolders holders;

	private final BatchEntries batchEntries;

	/**
	 * @param sites Dialtone site code → the Zoom Phone site it provisions into
	 */
	public PhoneProvisioner(ZoomClient zoom, Map<String, WorkerProperties.Site> sites) {
		this(zoom, sites, LineAllocator.alone(zoom));
	}

	/**
	 * @param allocator extensions and numbers no other worker tries at the same time
	 */
	public PhoneProvisioner(ZoomClient zoom, Map<String, WorkerProperties.Site> sites, LineAllocator allocator) {
		this.zoom = zoom;
		this.sites = new Sites(sites);
		this.allocator = allocator;
		this.plans = new CallingPlanStep(zoom);
		this.holders = new LineHolders(zoom);
		this.numbers = new NumberStep(zoom, allocator, this.holders);
		this.batchEntries = new BatchEntries(this.sites, new BatchSites(zoom), allocator);
	}

	/**
	 * @param email the Zoom user's email
	 * @param person the desired state, with a phone setup
	 * @return the person's {@code POST /phone/users/batch} entry with its reservations,
	 * or empty when the per-user calls must do it
	 */
	public Optional<PhoneBatchEntry> batchEntry(String email, Person person, Steps steps) {
		return this.batchEntries.entry(email, person, steps);
	}

	/**
	 * Settles an entry's reservations once Zoom answered: kept when the batch added the
	 * person, handed back otherwise (the per-user path then reserves again, and learns
	 * from Zoom whether a candidate was taken).
	 */
	public void settle(PhoneBatchEntry entry, boolean added) {
		for (LineAllocator.Reservation reservation : entry.reserved()) {
			if (added) {
				this.allocator.confirm(reservation);
			}
			else {
				this.allocator.release(reservation);
			}
		}
	}

	/**
	 * {@link #converge} for a user made a phone user a moment ago (by ssoCreate with
	 * {@code zoom_phone}): such a line has no extension, plan or number yet, so it is not
	 * read first.
	 */
	public void convergeNew(String userId, Person person, Steps steps) {
		PhoneUser fresh = new PhoneUser(userId, null, null, null, null, null, null, List.of(), List.of(), null, null);
		steps.skipped("read-phone-user", "not read: Zoom Phone enabled by the create a moment ago, nothing set yet");
		converge(userId, fresh, person, steps);
	}

	/**
	 * @param userId Zoom user id, or null when the user is only planned (dry run)
	 * @param steps the event's steps
	 * @return the user's phone profile, empty when the user is not a phone user (or is
	 * pending)
	 */
	public Optional<PhoneUser> find(String userId, Steps steps) {
		if (userId == null) {
			return Optional.empty();
		}
		return steps.find("read-phone-user", "GET /phone/users/{id}", ZoomApiException::isNotFound,
				() -> this.zoom.phone().getUser(userId));
	}

	/**
	 * @param userId Zoom user id (null in a dry run for a user that would be created)
	 * @param current the phone profile as read (empty profile when none yet)
	 * @param person the desired state; its phone setup must not be null
	 * @param steps the event's steps
	 */
	public void converge(String userId, PhoneUser current, Person person, Steps steps) {
		PhoneSetup setup = Objects.requireNonNull(person.getPhone(), "phone setup");
		WorkerProperties.Site site = this.sites.require(person.getSiteCode());
		extension(userId, current, person.getEmployeeId(), setup, site, steps);
		int plan = (setup.getCallingPlanType() != null) ? setup.getCallingPlanType() : site.defaultCallingPlan();
		this.plans.converge(userId, current, plan, steps);
		this.numbers.converge(userId, person.getEmployeeId(), current, setup, site, steps);
	}

	/**
	 * @return an empty profile, standing in for a user that is only planned
	 */
	public static PhoneUser none() {
		return new PhoneUser(null, null, null, null, null, null, null, List.of(), List.of(), null, null);
	}

	private void extension(String userId, PhoneUser current, String employeeId, PhoneSetup setup,
			WorkerProperties.Site site, Steps steps) {
		boolean rightSite = site.zoomSiteId().equals(current.siteId());
		String wanted = wantedExtension(setup);
		if (wanted != null) {
			if (rightSite && wanted.equals(String.valueOf(current.extensionNumber()))) {
				steps.skipped("set-extension", "already " + wanted);
				return;
			}
			try {
				steps.write("set-extension", "PATCH /phone/users/{id} extension " + wanted,
						() -> this.zoom.phone().updateUser(userId, new PhoneUserUpdate(wanted, site.zoomSiteId())));
			}
			catch (StepFailedException ex) {
				if (!ZoomFailures.taken(ex.zoomFailure())) {
					throw ex;
				}
				String holder = this.holders.ofExtension(wanted, site, steps).orElse("someone else");
				steps.fact("extension", wanted);
				steps.fact("extensionHolder", holder);
				throw new LineHolders.LineConflictException("extension " + wanted + " at site " + site.zoomSiteId()
						+ " is held by " + holder + " (" + ex.getMessage() + "). To fix: give employee " + employeeId
						+ " another extension in HR, or free " + wanted + " from its holder; then re-send this event.");
			}
			return;
		}
		if (rightSite && LineAllocator.inRange(current.extensionNumber(), site)) {
			steps.skipped("set-extension", "keeps " + current.extensionNumber());
			return;
		}
		for (int attempt = 0; attempt < MAX_EXTENSION_CANDIDATES; attempt++) {
			LineAllocator.Reservation candidate = this.allocator.reserveExtension(employeeId, site, steps);
			if (steps.dryRun()) {
				steps.planned("set-extension", "PATCH /phone/users/{id} extension " + candidate.value());
				this.allocator.release(candidate);
				return;
			}
			boolean claimed;
			try {
				// "taken" now means a change made outside Dialtone: try the next
				// candidate
				claimed = steps
					.write("set-extension", "PATCH /phone/users/{id} extension " + candidate.value(),
							ZoomFailures::taken,
							() -> this.zoom.phone()
								.updateUser(userId, new PhoneUserUpdate(candidate.value(), site.zoomSiteId())))
					.isPresent();
			}
			catch (RuntimeException ex) {
				this.allocator.release(candidate);
				throw ex;
			}
			if (claimed) {
				this.allocator.confirm(candidate);
				return;
			}
			this.allocator.taken(candidate);
		}
		throw new LineAllocator.LineRangeFullException("no extension could be set after " + MAX_EXTENSION_CANDIDATES
				+ " candidates at site " + site.zoomSiteId() + ": each was taken outside Dialtone");
	}

	static String wantedExtension(PhoneSetup setup) {
		String extension = setup.getExtension();
		if (extension == null || extension.isBlank() || "allocate".equalsIgnoreCase(extension)) {
			return null;
		}
		return extension.trim();
	}

}
