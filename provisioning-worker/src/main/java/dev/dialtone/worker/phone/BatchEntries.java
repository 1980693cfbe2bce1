package dev.dialtone.worker.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dialtone.contracts.NumberAssignment;
import dev.dialtone.contracts.Person;
import dev.dialtone.contracts.PhoneSetup;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.phone.BatchPhoneUser;
import dev.dialtone.zoom.client.phone.CallingPlanNames;
import dev.dialtone.zoom.client.phone.Site;

/**
 * Builds a person's batch-add entry from the same choices the per-user steps make: the
 * given extension or the allocator's first candidate, the given or default calling plan
 * (by name), the given number or a candidate from the pool. A person batch add cannot
 * express (a plan the spec names no package for, a site Zoom does not list, an empty pool
 * read failed) gets no entry and takes the per-user path.
 */
final class BatchEntries {

	private final Sites sites;

	private final BatchSites zoomSites;

	private final LineAllocator allocator;

	BatchEntries(Sites sites, BatchSites zoomSites, LineAllocator allocator) {
		this.sites = sites;
		this.zoomSites = zoomSites;
		this.allocator = allocator;
	}

	/**
	 * @throws LineAllocator.LineRangeFullException when Zoom's lists show the site's
	 * range or pool has nothing left (the per-user path would find the same)
	 */
	Optional<PhoneBatchEntry> entry(String email, Person person, Steps steps) {
		try {
			return build(email, person, steps);
		}
		catch (StepFailedException ex) {
			// the sites or the number pool could not be read: the per-user path tries
			// again
			return Optional.empty();
		}
	}

	private Optional<PhoneBatchEntry> build(String email, Person person, Steps steps) {
		PhoneSetup setup = person.getPhone();
		if (setup == null) {
			return Optional.empty();
		}
		WorkerProperties.Site site = this.sites.require(person.getSiteCode());
		int planType = (setup.getCallingPlanType() != null) ? setup.getCallingPlanType() : site.defaultCallingPlan();
		Optional<String> plan = CallingPlanNames.of(planType);
		Optional<Site> zoomSite = this.zoomSites.find(site.zoomSiteId(), steps);
		if (plan.isEmpty() || zoomSite.isEmpty()) {
			return Optional.empty();
		}
		List<LineAllocator.Reservation> reserved = new ArrayList<>();
		try {
			String extension = PhoneProvisioner.wantedExtension(setup);
			if (extension == null) {
				LineAllocator.Reservation candidate = this.allocator.reserveExtension(person.getEmployeeId(), site,
						steps);
				reserved.add(candidate);
				extension = candidate.value();
			}
			NumberAssignment mode = (setup.getNumberAssignment() != null) ? setup.getNumberAssignment()
					: NumberAssignment.NONE;
			List<String> numbers = List.of();
			if (mode == NumberAssignment.SPECIFIC && setup.getPhoneNumber() != null) {
				numbers = List.of(setup.getPhoneNumber());
			}
			else if (mode == NumberAssignment.ALLOCATE) {
				LineAllocator.Reservation candidate = this.allocator.reserveNumber(person.getEmployeeId(), site, steps);
				reserved.add(candidate);
				numbers = List.of(candidate.value());
			}
			return Optional
				.of(new PhoneBatchEntry(user(email, person, zoomSite.get(), extension, plan.get(), numbers), reserved));
		}
		catch (RuntimeException ex) {
			reserved.forEach(this.allocator::release);
			throw ex;
		}
	}

	private static BatchPhoneUser user(String email, Person person, Site named, String extension, String plan,
			List<String> numbers) {
		String siteCode = (named.siteCode() != null) ? named.siteCode().toString() : null;
		return new BatchPhoneUser(email, person.getFirstName(), person.getLastName(), extension, List.of(plan),
				siteCode, (siteCode == null) ? named.name() : null, numbers);
	}

}
