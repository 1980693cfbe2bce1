package dev.dialtone.worker.config;

import java.time.Clock;

import dev.dialtone.worker.hire.ActiveUserConverger;
import dev.dialtone.worker.hire.CreatePhaseGate;
import dev.dialtone.worker.hire.HireHandler;
import dev.dialtone.worker.hire.KnownUser;
import dev.dialtone.worker.hire.ManagedDomainsCache;
import dev.dialtone.worker.hire.Preflight;
import dev.dialtone.worker.hire.UserLookup;
import dev.dialtone.worker.ledger.AppliedLedger;
import dev.dialtone.worker.phone.PhoneLineRemover;
import dev.dialtone.worker.phone.PhoneProvisioner;
import dev.dialtone.worker.phone.Sites;
import dev.dialtone.worker.redrive.RedriveHandler;
import dev.dialtone.worker.rehire.RehireHandler;
import dev.dialtone.worker.resume.ResumeHandler;
import dev.dialtone.worker.terminate.Deferrals;
import dev.dialtone.worker.terminate.TerminateHandler;
import dev.dialtone.worker.update.UpdateHandler;
import dev.dialtone.zoom.client.ZoomClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event handlers and the collaborators they share; all plain classes, wired here.
 */
@Configuration(proxyBeanMethods = false)
class HandlerConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PhoneProvisioner phoneProvisioner(ZoomClient zoom, WorkerProperties properties) {
		return new PhoneProvisioner(zoom, new Sites(properties.sites()));
	}

	@Bean
	Preflight preflight(ZoomClient zoom, Clock clock, WorkerProperties properties) {
		return new Preflight(zoom, new ManagedDomainsCache(zoom, clock, properties.managedDomainsCacheTtl()), clock);
	}

	@Bean
	UserLookup userLookup(ZoomClient zoom, AppliedLedger ledger) {
		// the ledger is the durable record of the Zoom user each employee's last outcome
		// named
		return new UserLookup(zoom, ledger);
	}

	@Bean
	ActiveUserConverger activeUserConverger(ZoomClient zoom, PhoneProvisioner phone) {
		return new ActiveUserConverger(zoom, phone);
	}

	@Bean
	HireHandler hireHandler(ZoomClient zoom, Preflight preflight, ActiveUserConverger converger,
			WorkerProperties properties, UserLookup users) {
		return new HireHandler(zoom, preflight, converger, new CreatePhaseGate(properties.createConcurrency()), users);
	}

	@Bean
	KnownUser knownUser(UserLookup users, HireHandler hire, Preflight preflight) {
		return new KnownUser(users, hire, preflight);
	}

	@Bean
	PhoneLineRemover phoneLineRemover(ZoomClient zoom, PhoneProvisioner phone) {
		return new PhoneLineRemover(zoom, phone);
	}

	@Bean
	UpdateHandler updateHandler(KnownUser known, ActiveUserConverger converger, PhoneLineRemover lines) {
		return new UpdateHandler(known, converger, lines);
	}

	@Bean
	TerminateHandler terminateHandler(ZoomClient zoom, UserLookup users, PhoneProvisioner phone, Deferrals deferrals,
			WorkerProperties properties, Clock clock) {
		return new TerminateHandler(zoom, users, phone, deferrals, properties.terminationMode(), clock);
	}

	@Bean
	RehireHandler rehireHandler(HireHandler hire, Deferrals deferrals) {
		return new RehireHandler(hire, deferrals);
	}

	@Bean
	ResumeHandler resumeHandler(KnownUser known, HireHandler hire) {
		return new ResumeHandler(known, hire);
	}

	@Bean
	RedriveHandler redriveHandler(ZoomClient zoom, UserLookup users, HireHandler hire) {
		return new RedriveHandler(zoom, users, hire);
	}

}
