package dev.dialtone.auditor.remediate;

import java.time.Clock;
import java.time.Instant;

import dev.dialtone.auditor.classify.DomainStatuses;
import dev.dialtone.auditor.classify.ZoomReading;
import dev.dialtone.auditor.zoom.ZoomDirectory;
import dev.dialtone.auditor.zoom.ZoomDirectory.ZoomUser;
import dev.dialtone.contracts.PendingAnomaly;
import dev.dialtone.contracts.PendingCause;

/**
 * Re-verifies a personal-account cause with fresh Zoom reads (managed_domains and the
 * user) at the moment a destructive remedy would act, and words what was read so the
 * audit record says what the action rested on.
 */
class ActionGuard {

	/**
	 * What Zoom says now: the cause it supports, the user's status, and the reads in
	 * words.
	 */
	record Verdict(PendingCause cause, String userStatus, String evidence) {

		boolean confirms(PendingCause expected) {
			return this.cause == expected;
		}

	}

	private final ZoomDirectory zoom;

	private final DomainStatuses domains;

	private final Clock clock;

	ActionGuard(ZoomDirectory zoom, DomainStatuses domains, Clock clock) {
		this.zoom = zoom;
		this.domains = domains;
		this.clock = clock;
	}

	Verdict verify(PendingAnomaly anomaly) {
		Instant now = this.clock.instant();
		String key = (anomaly.getZoomUserId() != null) ? anomaly.getZoomUserId() : anomaly.getWorkEmail();
		ZoomReading reading = ZoomReading.read(this.zoom, key, now);
		if (!reading.readable()) {
			return new Verdict(PendingCause.UNKNOWN, null, "Zoom could not be read at " + now + ": " + reading.error());
		}
		this.domains.sawAll(reading.domains(), now);
		String domain = anomaly.getEmailDomain();
		String status = reading.domains().get(domain);
		String userStatus = reading.user().map(ZoomUser::status).orElse("not found");
		String evidence = "managed_domains " + domain + "=" + ((status != null) ? status : "not listed")
				+ ", GET /users/" + key + " " + userStatus + " (read " + now + ")";
		PendingCause cause;
		if (!"verified".equalsIgnoreCase(status)) {
			cause = PendingCause.DOMAIN_NOT_VERIFIED;
		}
		else if (reading.user().map(ZoomUser::pending).orElse(false)) {
			cause = PendingCause.EXISTING_PERSONAL_ACCOUNT;
		}
		else {
			cause = PendingCause.UNKNOWN;
		}
		return new Verdict(cause, userStatus, evidence);
	}

}
