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
		String domain = domainOf(email);
		ManagedDomains managed = this.domains.get(steps);
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

	static String domainOf(String email) {
		int at = email.lastIndexOf('@');
		return (at >= 0) ? email.substring(at + 1).toLowerCase(Locale.ROOT) : "";
	}

}
