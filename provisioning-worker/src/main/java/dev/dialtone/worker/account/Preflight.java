package dev.dialtone.worker.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.accounts.ManagedDomain;
import dev.dialtone.zoom.client.accounts.ManagedDomains;

/**
 * The pre-flight evidence gathered before a create: is the email's domain a verified
 * managed domain, and does the email already exist in the account. Kept so a pending
 * result can be explained to the auditor.
 */
final class Preflight {

	private final ZoomClient zoom;

	private final ManagedDomainsCache domains;

	private final Clock clock;

	Preflight(ZoomClient zoom, ManagedDomainsCache domains, Clock clock) {
		this.zoom = zoom;
		this.domains = domains;
		this.clock = clock;
	}

	/**
	 * @param email work email
	 * @param checkEmail whether to ask Zoom if the email exists (only useful before a
	 * create)
	 * @param steps the event's steps
	 * @return evidence with createAction unset
	 */
	PendingEvidence gather(String email, boolean checkEmail, Steps steps) {
		return gather(email, checkEmail, steps, true);
	}

	/**
	 * @param cached whether the managed domains may come from the cache (not for the
	 * evidence of a user found pending)
	 */
	PendingEvidence gather(String email, boolean checkEmail, Steps steps, boolean cached) {
		String domain = domainOf(email);
		ManagedDomain entry = domainEntry(domain, cached, steps);
		Boolean existed = null;
		if (checkEmail) {
			existed = steps.read("preflight-email", "GET /users/email", () -> this.zoom.users().emailExists(email));
		}
		return PendingEvidence.newBuilder()
			.setEmailDomain(domain)
			.setDomainStatus((entry != null) ? entry.status() : null)
			.setDomainVerified(entry != null && entry.isVerified())
			.setEmailPreExisted(existed)
			.setObservedAt(this.clock.instant())
			.build();
	}

	/**
	 * Re-reads the managed domains without the cache and brings the evidence's domain
	 * status up to date, just before a pending outcome is published. When Zoom keeps
	 * failing that read the evidence stays as the pre-flight saw it (fact
	 * {@code domainStatusStale}): the user is pending either way, and a pending outcome
	 * the auditor can follow up beats a FAILED one.
	 * @return the same evidence, updated
	 */
	PendingEvidence refreshDomain(PendingEvidence evidence, String email, Steps steps) {
		if (evidence == null) {
			return gatherForPending(email, steps);
		}
		ManagedDomains managed;
		try {
			managed = this.domains.fresh(steps);
		}
		catch (StepFailedException ex) {
			steps.fact("domainStatusStale", "true");
			return evidence;
		}
		ManagedDomain entry = managed.find(domainOf(email)).orElse(null);
		evidence.setDomainStatus((entry != null) ? entry.status() : null);
		evidence.setDomainVerified(entry != null && entry.isVerified());
		evidence.setObservedAt(this.clock.instant());
		return evidence;
	}

	/**
	 * Evidence for a user found pending (no pre-flight ran): when the managed domains
	 * cannot be read the domain status stays unknown (fact {@code domainStatusStale}).
	 */
	PendingEvidence gatherForPending(String email, Steps steps) {
		try {
			return gather(email, false, steps, false);
		}
		catch (StepFailedException ex) {
			steps.fact("domainStatusStale", "true");
			return PendingEvidence.newBuilder()
				.setEmailDomain(domainOf(email))
				.setDomainVerified(false)
				.setObservedAt(this.clock.instant())
				.build();
		}
	}

	/**
	 * @return the domain's entry, or null when the account does not list it or (cached
	 * only) Zoom has not answered yet: the create goes ahead either way, Zoom's answer
	 * decides whether the user is pending
	 */
	private ManagedDomain domainEntry(String domain, boolean cached, Steps steps) {
		Optional<ManagedDomains> managed = cached ? this.domains.get(steps) : Optional.of(this.domains.fresh(steps));
		return managed.flatMap((known) -> known.find(domain)).orElse(null);
	}

	static String domainOf(String email) {
		int at = email.lastIndexOf('@');
		return (at >= 0) ? email.substring(at + 1).toLowerCase(Locale.ROOT) : "";
	}

}
