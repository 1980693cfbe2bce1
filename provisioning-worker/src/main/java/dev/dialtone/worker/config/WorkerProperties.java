package dev.dialtone.worker.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.contracts.topics.TopicCreation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The worker's own knobs (prefix {@code dialtone.worker}); Kafka client settings stay
 * under {@code spring.kafka}.
 *
 * @param topics topic names
 * @param sites Dialtone site code → Zoom Phone site, extension range and default calling
 * plan
 * @param terminationMode what a termination finally does to the Zoom user
 * @param lanes number of single-threaded lanes records are fanned out to by key (the
 * in-flight event limit)
 * @param maxInFlight records handed to the lanes and not yet committable before the
 * consumer waits (back-pressure)
 * @param createConcurrency hires allowed in their user phase (pre-flight, create,
 * read-back) at once
 * @param listenerId id of the identity listener container (and prefix of its Kafka client
 * ids)
 * @param listenerConcurrency Kafka consumer threads per instance (they share the lanes)
 * @param retry bounded exponential back-off for retryable Zoom failures, applied inside
 * the lane
 * @param dryRun when true every event is planned, never executed
 * @param topicCreation replication factor and {@code min.insync.replicas} of the topics
 * the worker creates; both left to the broker unless set
 * @param managedDomainsCacheTtl how long the managed-domains pre-flight answer is reused
 * @param deferredCheckInterval how often due future-dated terminations are re-emitted
 * @param security who may use the actuator's protected endpoints
 * @param phoneBatch how hires' phone lines are collected into Zoom Phone batch adds
 * @param budget how the Zoom account budget is split between the workers and the auditor
 * @param handOverTimeout how long a revocation waits for the revoked partitions'
 * in-flight records before committing what is done (the rest is redelivered to the new
 * owner)
 * @param emailIndexLoadTimeout how long start-up waits for the email index to be read
 * whole before the instance gives up (it takes no event before; a cluster that is busy
 * with a bulk load can take a while to serve every instance's read)
 */
@Validated
@ConfigurationProperties("dialtone.worker")
public record WorkerProperties(@Valid @NotNull @DefaultValue Topics topics, @Valid Map<String, Site> sites,
		@NotNull @DefaultValue("DEACTIVATE") TerminationMode terminationMode,
		@Min(1) @Max(1024) @DefaultValue("64") int lanes, @Min(1) @DefaultValue("64") int maxInFlight,
		@Min(1) @DefaultValue("16") int createConcurrency, @NotBlank @DefaultValue("identity-events") String listenerId,
		@Min(1) @DefaultValue("1") int listenerConcurrency, @Valid @NotNull @DefaultValue Retry retry,
		@DefaultValue("false") boolean dryRun, @NotNull @DefaultValue("30s") Duration managedDomainsCacheTtl,
		@NotNull @DefaultValue("60s") Duration deferredCheckInterval,
		@NotNull @DefaultValue TopicCreation topicCreation, @Valid @NotNull @DefaultValue Security security,
		@Valid @NotNull @DefaultValue PhoneBatch phoneBatch, @Valid @NotNull @DefaultValue Budget budget,
		@NotNull @DefaultValue("2s") Duration handOverTimeout,
		@NotNull @DefaultValue("5m") Duration emailIndexLoadTimeout) {

	public WorkerProperties {
		sites = (sites != null) ? Map.copyOf(sites) : Map.of();
	}

	/**
	 * Topic names; each one left unset is the {@link DialtoneTopic} catalogue's default.
	 *
	 * @param identity HR events and auditor commands (input)
	 * @param identityDlt dead letters of the identity topic
	 * @param outcomes provisioning outcomes (output)
	 * @param deferred compacted store of future-dated terminations waiting for their day
	 * @param ledger compacted, co-partitioned store of the last identity offset applied
	 * per employee
	 * @param groupId consumer group of the identity listener
	 * @param emailIndex compacted email → employee index (read whole by every instance)
	 */
	public record Topics(@NotBlank String identity, @NotBlank String identityDlt, @NotBlank String outcomes,
			@NotBlank String deferred, @NotBlank String ledger,
			@NotBlank @DefaultValue("dialtone-provisioning-worker") String groupId, @NotBlank String emailIndex) {

		public Topics {
			identity = orDefault(identity, DialtoneTopic.IDENTITY_EVENTS);
			identityDlt = orDefault(identityDlt, DialtoneTopic.IDENTITY_EVENTS_DLT);
			outcomes = orDefault(outcomes, DialtoneTopic.PROVISIONING_OUTCOMES);
			deferred = orDefault(deferred, DialtoneTopic.IDENTITY_EVENTS_DEFERRED);
			ledger = orDefault(ledger, DialtoneTopic.WORKER_APPLIED_LEDGER);
			emailIndex = orDefault(emailIndex, DialtoneTopic.WORKER_EMAIL_INDEX);
		}

		private static String orDefault(String name, DialtoneTopic topic) {
			return (name != null) ? name : topic.defaultName();
		}

	}

	/**
	 * @param zoomSiteId Zoom Phone site id
	 * @param extensionFrom first extension of the site's range (inclusive)
	 * @param extensionTo last extension of the site's range (inclusive)
	 * @param defaultCallingPlan calling plan type used when the event names none (200 =
	 * Unlimited US/CA)
	 */
	public record Site(@NotBlank String zoomSiteId, @Min(1) int extensionFrom, @Min(1) int extensionTo,
			@DefaultValue("200") int defaultCallingPlan) {
	}

	/**
	 * The retry budget of one Zoom call: retryable failures (5xx, 429 with or without
	 * Retry-After, timeouts, lost connections) are retried until the call succeeds, the
	 * attempts are made or the next pause would end past {@code budget}; only then does
	 * the step fail, saying the budget was spent.
	 *
	 * @param maxAttempts attempts per Zoom call including the first
	 * @param initialBackoff first delay
	 * @param multiplier growth per attempt
	 * @param maxBackoff longest single delay (also caps Retry-After)
	 * @param budget longest time one call may spend on its attempts and pauses
	 * @param jitter random extra on each pause, as a fraction (0..1) of the exponential
	 * delay, so lanes answered by one burst of 429s do not all come back together
	 */
	public record Retry(@Min(1) @DefaultValue("12") int maxAttempts,
			@NotNull @DefaultValue("200ms") Duration initialBackoff, @DefaultValue("2.0") double multiplier,
			@NotNull @DefaultValue("10s") Duration maxBackoff, @NotNull @DefaultValue("60s") Duration budget,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double jitter) {
	}

	/**
	 * The actuator's sign-in: bearer JWTs from the issuer under
	 * {@code spring.security.oauth2.resourceserver.jwt.*}, roles from a claim.
	 *
	 * @param rolesClaim the JWT claim holding the caller's groups
	 * @param operatorGroups groups that make a caller OPERATOR (may re-drive dead
	 * letters)
	 * @param viewerGroups groups that make a caller VIEWER (may read the protected
	 * endpoints)
	 * @param publicPrometheus whether {@code /actuator/prometheus} is served without
	 * credentials (so a Prometheus server can scrape it)
	 */
	public record Security(@NotBlank @DefaultValue("groups") String rolesClaim,
			@DefaultValue("dialtone-operators") List<String> operatorGroups,
			@DefaultValue("dialtone-viewers") List<String> viewerGroups,
			@DefaultValue("true") boolean publicPrometheus) {

		public Security {
			operatorGroups = (operatorGroups != null) ? List.copyOf(operatorGroups) : List.of();
			viewerGroups = (viewerGroups != null) ? List.copyOf(viewerGroups) : List.of();
		}

	}

	/**
	 * New hires' phone lines through {@code POST /phone/users/batch} (one Phone Medium
	 * call for up to 10 lines instead of three Phone Light calls each).
	 *
	 * @param enabled off = every line through the per-user calls
	 * @param maxSize users per batch call, 1..10 (Zoom's limit)
	 * @param linger longest wait for a batch to fill before it is sent anyway; a batch
	 * waits only while hires already in their user phase are on their way to it, so a
	 * hire arriving alone is sent at once
	 */
	public record PhoneBatch(@DefaultValue("true") boolean enabled, @Min(1) @Max(10) @DefaultValue("10") int maxSize,
			@NotNull @DefaultValue("1s") Duration linger) {
	}

	/**
	 * The one Zoom account budget: the auditor spends {@code auditorShare}, the workers
	 * together the rest, each in proportion to the identity partitions it owns.
	 *
	 * @param auditorShare the auditor's part of the account budget (the auditor reads the
	 * same setting, {@code DIALTONE_AUDITOR_BUDGET_SHARE}), 0 to below 1
	 */
	public record Budget(@DecimalMin("0.0") @DecimalMax(value = "1.0", inclusive = false) Double auditorShare) {

		/** A tenth: the auditor's re-checks are a few reads a minute. */
		public static final double DEFAULT_AUDITOR_SHARE = 0.1;

		public Budget {
			// an empty environment placeholder means unset
			auditorShare = (auditorShare != null) ? auditorShare : DEFAULT_AUDITOR_SHARE;
		}

		/**
		 * @return the part of the account budget all workers together may spend
		 */
		public double workersShare() {
			return 1.0 - this.auditorShare;
		}

	}

	/** What a termination does after stripping numbers and plans. */
	public enum TerminationMode {

		/**
		 * Keep the user in the account, deactivated (licenses freed, re-activatable on
		 * rehire).
		 */
		DEACTIVATE,

		/** Remove the user from the account. */
		DISASSOCIATE

	}

}
