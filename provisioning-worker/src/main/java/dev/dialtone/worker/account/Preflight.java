package dev.dialtone.worker.account;

import java.time.Clock;
import java.util.Locale;

import dev.dialtone.contracts.PendingEvidence;
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
		ManagedDomains managed = cached ? this.domains.get(steps) : this.domains.fresh(steps);
		ManagedDomain entry = managed.find(domain).orElse(null);
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
	 * status up to date, just before a pending outcome is published.
	 * @return the same evidence, updated
	 */
	PendingEvidence refreshDomain(PendingEvidence evidence, String email, Steps steps) {
		PendingEvidence fresh = (evidence != null) ? evidence : gather(email, false, steps, false);
		if (evidence == null) {
			return fresh;
		}
		ManagedDomain entry = this.domains.fresh(steps).find(domainOf(email)).orElse(null);
		fresh.setDomainStatus((entry != null) ? entry.status() : null);
		fresh.setDomainVerified(entry != null && entry.isVerified());
		fresh.setObservedAt(this.clock.instant());
		return fresh;
	}

	static String domainOf(String email) {
		int at = email.lastIndexOf('@');
		return (at >= 0) ? email.substring(at + 1).toLowerCase(Locale.ROOT) : "";
	}

}
