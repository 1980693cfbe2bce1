package dev.dialtone.auditor.support;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.PendingEvidence;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.platform.LocalPlatform;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomClientProperties;
import dev.dialtone.zoom.client.accounts.ManagedDomain;
import dev.dialtone.zoom.client.users.CreateAction;
import dev.dialtone.zoom.client.users.CreateUserRequest;
import dev.dialtone.zoom.client.users.DeleteAction;
import dev.dialtone.zoom.client.users.ZoomUser;
import dev.dialtone.zoom.simulator.ZoomSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Acts as the provisioning worker would (the real one meets the auditor in
 * dialtone-local's end-to-end tests): drives the simulator through the shared ZoomClient,
 * publishes outcomes, and answers the auditor's RESUME / REDRIVE.
 */
public final class FakeWorker implements AutoCloseable {

	private final ZoomClient zoom;

	private final TestTopics topics;

	private final List<IdentityEvent> commands = new CopyOnWriteArrayList<>();

	private final KafkaConsumer<String, Object> consumer;

	private final Thread thread;

	private volatile boolean running = true;

	private volatile boolean cachingDomains;

	private final Map<String, PendingEvidence> domainCache = new ConcurrentHashMap<>();

	public FakeWorker(ZoomSimulator sim, TestTopics topics) {
		this.zoom = ZoomClient.create(ZoomClientProperties.of(URI.create(sim.baseUrl()), URI.create(sim.oauthUrl()),
				sim.accountId(), sim.clientId(), sim.clientSecret()), new SimpleMeterRegistry());
		this.topics = topics;
		this.consumer = new KafkaConsumer<>(consumerProps(), new StringDeserializer(), TopicProbe.deserializer());
		this.consumer.subscribe(List.of(topics.identity()));
		this.thread = new Thread(this::serve, "fake-worker");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * On: domain evidence comes from a cache filled at the first read of each domain (the
	 * worker's old behaviour, whose stale "verified" blamed a lapsed domain on personal
	 * accounts); off: read fresh for every hire, and the cache is dropped.
	 */
	public void cacheDomainEvidence(boolean on) {
		this.cachingDomains = on;
		if (!on) {
			this.domainCache.clear();
		}
	}

	public ZoomClient zoom() {
		return this.zoom;
	}

	public List<IdentityEvent> commands() {
		return List.copyOf(this.commands);
	}

	/** A HIRE: create the user with {@code action}, read it back, publish the outcome. */
	public ProvisioningOutcome hire(String employeeId, String email, CreateAction action) {
		return provision(UUID.randomUUID().toString(), EventType.HIRE, employeeId, email, action);
	}

	private ProvisioningOutcome provision(String eventId, EventType type, String employeeId, String email,
			CreateAction action) {
		String domain = email.substring(email.indexOf('@') + 1);
		PendingEvidence seen = this.cachingDomains ? this.domainCache.computeIfAbsent(domain, this::readDomain)
				: readDomain(domain);
		PendingEvidence.Builder evidence = PendingEvidence.newBuilder(seen)
			.setEmailPreExisted(this.zoom.users().emailExists(email).body())
			.setCreateAction(action.wireValue());
		ProvisioningOutcome.Builder outcome = Outcomes.outcome(employeeId, email, FinalState.PENDING)
			.setEventId(eventId)
			.setEventType(type);
		List<StepResult> steps = new ArrayList<>();
		try {
			String id = this.zoom.users()
				.create(CreateUserRequest.ssoCreate(email, "Test", employeeId).withAction(action).withZoomPhone(true))
				.body()
				.id();
			ZoomUser user = this.zoom.users().get(id).body();
			steps.add(step("sso-create", StepStatus.SUCCEEDED, 201, null));
			outcome.setZoomUserId(id).setZoomStatus(user.status().wireValue()).setLoginTypes(user.loginTypes());
			if (user.isActive()) {
				this.zoom.phone().assignCallingPlans(id, List.of(200));
				steps.add(step("assign-calling-plan", StepStatus.SUCCEEDED, 200, null));
				outcome.setFinalState(FinalState.ACTIVE_PHONE_READY).setEvidence(null);
			}
			else {
				outcome.setEvidence(evidence.build());
			}
		}
		catch (ZoomApiException ex) {
			steps.add(step("sso-create", StepStatus.FAILED, ex.status(), ex.zoomCode().orElse(null)));
			outcome.setFinalState(FinalState.FAILED)
				.setZoomStatus(null)
				.setFailureReason(ex.getMessage())
				.setEvidence(evidence.setCreateErrorCode(ex.zoomCode().orElse(null)).build());
		}
		ProvisioningOutcome built = outcome.setSteps(steps).build();
		TopicProbe.publish(this.topics.outcomes(), employeeId, built);
		return built;
	}

	private PendingEvidence readDomain(String domain) {
		Optional<ManagedDomain> managed = this.zoom.accounts().managedDomains().body().find(domain);
		return PendingEvidence.newBuilder()
			.setEmailDomain(domain)
			.setDomainStatus(managed.map(ManagedDomain::status).orElse(null))
			.setDomainVerified(managed.map(ManagedDomain::isVerified).orElse(false))
			.setObservedAt(Instant.now())
			.build();
	}

	private void serve() {
		try {
			while (this.running) {
				this.consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (record.value() instanceof IdentityEvent event) {
						this.commands.add(event);
						answer(event);
					}
				});
			}
		}
		catch (WakeupException ex) {
			// closing
		}
	}

	private void answer(IdentityEvent event) {
		String employeeId = event.getPerson().getEmployeeId();
		String email = event.getPerson().getWorkEmail();
		if (event.getEventType() == EventType.REDRIVE) {
			this.zoom.users()
				.find(email)
				.body()
				.filter(ZoomUser::isPending)
				.ifPresent((user) -> this.zoom.users().delete(user.id(), DeleteAction.DISASSOCIATE));
			provision(event.getEventId(), EventType.REDRIVE, employeeId, email, CreateAction.SSO_CREATE);
		}
		else if (event.getEventType() == EventType.RESUME) {
			this.zoom.users().find(email).body().filter(ZoomUser::isActive).ifPresent((user) -> {
				this.zoom.phone().assignCallingPlans(user.id(), List.of(200));
				TopicProbe.publish(this.topics.outcomes(), employeeId,
						Outcomes.outcome(employeeId, email, FinalState.ACTIVE_PHONE_READY)
							.setEventId(event.getEventId())
							.setEventType(EventType.RESUME)
							.setZoomUserId(user.id())
							.setLoginTypes(user.loginTypes())
							.build());
			});
		}
	}

	private static StepResult step(String name, StepStatus status, int http, Integer code) {
		return StepResult.newBuilder()
			.setName(name)
			.setStatus(status)
			.setHttpStatus(http)
			.setZoomErrorCode(code)
			.build();
	}

	private Properties consumerProps() {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.shared().bootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "fake-worker-" + this.topics.suffix());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		return props;
	}

	@Override
	public void close() {
		this.running = false;
		this.consumer.wakeup();
		try {
			this.thread.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.consumer.close();
		this.zoom.close();
	}

}
