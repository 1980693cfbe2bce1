package dev.dialtone.worker.account;

import java.time.Clock;
import java.time.Duration;

import dev.dialtone.worker.ledger.EmailOwners;
import dev.dialtone.worker.ledger.KnownZoomUsers;
import dev.dialtone.worker.phone.PhoneBatcher;
import dev.dialtone.worker.phone.PhoneProvisioner;
import dev.dialtone.zoom.client.ZoomClient;

/**
 * The account feature assembled: the parts the handlers use, built over one pre-flight
 * (and its managed-domains cache) and one create-phase gate. The Spring wiring and the
 * handlers' plain tests build it the same way.
 *
 * @param users finds an employee's Zoom user
 * @param provisioner the hire path
 * @param known the start of events about someone who should already be in Zoom
 * @param converger finishes an active user
 */
public record Accounts(UserLookup users, Provisioner provisioner, KnownUser known, ActiveUserConverger converger) {

	/**
	 * @param known the durable record of each employee's Zoom user (the applied ledger)
	 * @param managedDomainsTtl how long the managed-domains answer is reused
	 * @param createConcurrency hires allowed in their user phase at once
	 */
	public static Accounts create(ZoomClient zoom, KnownZoomUsers known, PhoneProvisioner phone, Clock clock,
			Duration managedDomainsTtl, int createConcurrency) {
		return create(zoom, known, EmailOwners.none(), phone, clock, managedDomainsTtl, createConcurrency);
	}

	/**
	 * @param owners who owns which work email and Zoom user (the email index)
	 */
	public static Accounts create(ZoomClient zoom, KnownZoomUsers known, EmailOwners owners, PhoneProvisioner phone,
			Clock clock, Duration managedDomainsTtl, int createConcurrency) {
		return create(zoom, known, owners, phone, null, clock, managedDomainsTtl, createConcurrency);
	}

	/**
	 * @param batcher collects new hires' phone lines into batch adds; null = per-user
	 * calls only
	 */
	public static Accounts create(ZoomClient zoom, KnownZoomUsers known, EmailOwners owners, PhoneProvisioner phone,
			PhoneBatcher batcher, Clock clock, Duration managedDomainsTtl, int createConcurrency) {
		Ownership ownership = new Ownership(owners, known);
		UserLookup users = new UserLookup(zoom, known, ownership, owners);
		ActiveUserConverger converger = new ActiveUserConverger(zoom, phone, batcher);
		Preflight preflight = new Preflight(zoom, new ManagedDomainsCache(zoom, clock, managedDomainsTtl), clock);
		Provisioner provisioner = new Provisioner(zoom, preflight, converger, new CreatePhaseGate(createConcurrency),
				users, ownership);
		return new Accounts(users, provisioner, new KnownUser(users, provisioner, preflight), converger);
	}

}
