package dev.dialtone.worker.support;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.account.Accounts;
import dev.dialtone.worker.config.WorkerProperties;
import dev.dialtone.worker.ledger.KnownZoomUsers;
import dev.dialtone.worker.ledger.OwnerIndex;
import dev.dialtone.worker.phone.PhoneLineRemover;
import dev.dialtone.worker.phone.PhoneProvisioner;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.worker.terminate.Deferrals;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import dev.dialtone.zoom.simulator.seed.Seed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The handlers' collaborators as plain objects over an in-process Zoom simulator (the
 * demo world: corp.example verified, acquired.example not, site NYC): no Kafka, no
 * Spring. For the fast tier's handler tests.
 */
public final class PlainWorld implements AutoCloseable {

	public static final WorkerProperties.Site NYC = new WorkerProperties.Site("site-nyc-01", 1000, 1999, 200);

	private final ZoomSimulator simulator;

	private final ZoomClient zoom;

	private final PhoneProvisioner phone;

	private final Accounts accounts;

	private final RecordedDeferrals deferrals = new RecordedDeferrals();

	private final OwnerIndex owners = new OwnerIndex();

	private PlainWorld(ZoomSimulator simulator) {
		this.simulator = simulator;
		this.zoom = ZoomClient.create(
				ZoomClientProperties.of(URI.create(simulator.baseUrl()), URI.create(simulator.oauthUrl()),
						simulator.accountId(), simulator.clientId(), simulator.clientSecret()),
				new SimpleMeterRegistry());
		this.phone = new PhoneProvisioner(this.zoom, Map.of("NYC", NYC));
		this.accounts = Accounts.create(this.zoom, KnownZoomUsers.none(), this.owners, this.phone, Clock.systemUTC(),
				Duration.ofSeconds(30), 4);
	}

	/** The demo world with 50 numbers at NYC and no rate limits. */
	public static PlainWorld start() {
		return new PlainWorld(ZoomSimulator
			.start(Seed.builder().plan("UNLIMITED").numberPool("site-nyc-01", "+12125557000", 50).build()));
	}

	public ZoomSimulator simulator() {
		return this.simulator;
	}

	public ZoomClient zoom() {
		return this.zoom;
	}

	public Accounts accounts() {
		return this.accounts;
	}

	public PhoneLineRemover lines() {
		return new PhoneLineRemover(this.zoom, this.phone);
	}

	/** The email index the handlers consult; a test records owners in it directly. */
	public OwnerIndex owners() {
		return this.owners;
	}

	public RecordedDeferrals deferrals() {
		return this.deferrals;
	}

	/** Fresh steps of one real (not dry-run) event, without retries. */
	public static Steps steps() {
		return new Steps(false, RetryPolicy.none(), StepTimer.discarding());
	}

	@Override
	public void close() {
		this.zoom.close();
		this.simulator.close();
	}

	/** Deferrals kept in memory, so a test sees what was deferred and cancelled. */
	public static final class RecordedDeferrals implements Deferrals {

		private final List<IdentityEvent> deferred = new CopyOnWriteArrayList<>();

		private final List<String> cancelled = new CopyOnWriteArrayList<>();

		@Override
		public void defer(IdentityEvent event) {
			this.deferred.add(event);
		}

		@Override
		public void cancel(String employeeId) {
			this.cancelled.add(employeeId);
		}

		public List<IdentityEvent> deferred() {
			return List.copyOf(this.deferred);
		}

		public List<String> cancelled() {
			return List.copyOf(this.cancelled);
		}

	}

}
