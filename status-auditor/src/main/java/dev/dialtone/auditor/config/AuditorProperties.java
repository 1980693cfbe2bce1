package dev.dialtone.auditor.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.dialtone.contracts.DriftKind;
import dev.dialtone.contracts.PendingCause;
import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.contracts.topics.TopicCreation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every knob of the auditor, bound from {@code dialtone.auditor.*}.
 *
 * @param topics topic names
 * @param topicCreation replication factor and {@code min.insync.replicas} of the topics
 * the auditor creates; unset leaves both to the broker
 * @param routeMode how anomalies are routed per cause
 * @param pendingSla how long a user may stay pending before the anomaly escalates
 * @param outcomeDeadline how long an accepted identity event may wait for its outcome
 * @param expectationReplay how far back identity events and outcomes are re-read on
 * start-up / assignment, to rebuild the events awaiting an outcome (covers a restart with
 * up to this minus the deadline of downtime)
 * @param evidenceMaxAge evidence older than this is re-read from Zoom before classifying
 * @param recheckBackoff delays between re-checks of a pending user; the last one repeats
 * @param tick how often the scheduled jobs (re-check, SLA, deadlines, domain release) run
 * @param webhook Zoom webhook verification
 * @param remediation opt-in automation per cause
 * @param spike spike detection thresholds
 * @param mail notification sender settings (SMTP itself is {@code spring.mail.*})
 * @param publicUrl the auditor's URL as people reach it (links in notifications and on
 * the page); unset or blank is {@code http://localhost:8083}
 * @param security who may use the page and API, and how much
 * @param zoomBudgetShare the auditor's part of the Zoom account budget, which it shares
 * with the workers (they spend the rest: the worker reads the same setting,
 * {@code DIALTONE_AUDITOR_BUDGET_SHARE}); unset is 0.1
 * @param sweep the scheduled sweep of the whole account for pending users
 * @param drift the drift check between Zoom and HR, and which kinds it corrects
 */
@Validated
@ConfigurationProperties("dialtone.auditor")
public record AuditorProperties(@Valid @NotNull @DefaultValue Topics topics,
		@NotNull @DefaultValue TopicCreation topicCreation,
		@NotNull @DefaultValue("TOPIC_PER_CAUSE") RouteMode routeMode,
		@NotNull @DefaultValue("30m") Duration pendingSla, @NotNull @DefaultValue("10m") Duration outcomeDeadline,
		@NotNull @DefaultValue("1h") Duration expectationReplay, @NotNull @DefaultValue("5m") Duration evidenceMaxAge,
		@NotEmpty @DefaultValue( {
				"1m", "5m", "15m", "1h", "6h" }) List<Duration> recheckBackoff,
		@NotNull @DefaultValue("5s") Duration tick, @Valid @NotNull @DefaultValue Webhook webhook,
		@Valid @NotNull @DefaultValue Remediation remediation, @Valid @NotNull @DefaultValue Spike spike,
		@Valid @NotNull @DefaultValue Mail mail, @NotBlank @DefaultValue(DEFAULT_PUBLIC_URL) String publicUrl,
		@Valid @NotNull @DefaultValue Security security, @Valid @NotNull @DefaultValue Sweep sweep,
		@DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") Double zoomBudgetShare,
		@Valid @NotNull @DefaultValue Drift drift){

	static final String DEFAULT_PUBLIC_URL = "http://localhost:8083";

	/** A tenth: re-checks are a few reads a minute, the workers need the rest. */
	static final double DEFAULT_ZOOM_BUDGET_SHARE = 0.1;

	public AuditorProperties {
		zoomBudgetShare = (zoomBudgetShare != null) ? zoomBudgetShare : DEFAULT_ZOOM_BUDGET_SHARE;
		// an empty environment placeholder means unset; links never end in a double slash
		publicUrl = (publicUrl == null || publicUrl.isBlank()) ? DEFAULT_PUBLIC_URL : publicUrl.strip();
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** Where anomalies go besides the compacted anomalies topic. */
	public enum RouteMode {

		/** Also publish to {@code <anomalies>.<cause-kebab>}. */
		TOPIC_PER_CAUSE,
		/**
		 * Only the anomalies topic; consumers filter on the {@code dialtone-cause}
		 * header.
		 */
		HEADER

	}

	/**
	 * Topic names; a name left unset is the shared catalogue's ({@link DialtoneTopic}).
	 */
	public record Topics(String identityEvents, String identityEventsDlt, String outcomes, String outcomesDlt,
			String anomalies, String incidents, String notifications, String audit, String latestOutcomes,
			String spikeObservations, String drift, String zoomUserCreations) {

		public Topics {
			identityEvents = orDefault(identityEvents, DialtoneTopic.IDENTITY_EVENTS);
			identityEventsDlt = orDefault(identityEventsDlt, DialtoneTopic.IDENTITY_EVENTS_DLT);
			outcomes = orDefault(outcomes, DialtoneTopic.PROVISIONING_OUTCOMES);
			outcomesDlt = orDefault(outcomesDlt, DialtoneTopic.PROVISIONING_OUTCOMES_DLT);
			anomalies = orDefault(anomalies, DialtoneTopic.PENDING_ANOMALIES);
			incidents = orDefault(incidents, DialtoneTopic.PENDING_INCIDENTS);
			notifications = orDefault(notifications, DialtoneTopic.NOTIFICATIONS);
			audit = orDefault(audit, DialtoneTopic.AUDIT);
			latestOutcomes = orDefault(latestOutcomes, DialtoneTopic.AUDITOR_LATEST_OUTCOMES);
			spikeObservations = orDefault(spikeObservations, DialtoneTopic.AUDITOR_SPIKE_OBSERVATIONS);
			drift = orDefault(drift, DialtoneTopic.DRIFT);
			zoomUserCreations = orDefault(zoomUserCreations, DialtoneTopic.ZOOM_USER_CREATIONS);
		}

		private static String orDefault(String name, DialtoneTopic topic) {
			return (name == null || name.isBlank()) ? topic.defaultName() : name;
		}

	}

	/**
	 * Zoom webhook verification.
	 *
	 * @param secretToken the Zoom app's secret token (from the environment; never
	 * logged); empty rejects everything
	 * @param maxSkew oldest accepted {@code x-zm-request-timestamp}; a signed request
	 * seen again within it is a replay and acts no more
	 * @param maxBodySize larger bodies are refused (413) before the signature is checked
	 */
	public record Webhook(@DefaultValue("") String secretToken, @NotNull @DefaultValue("5m") Duration maxSkew,
			@NotNull @DefaultValue("64KB") DataSize maxBodySize) {
	}

	/**
	 * Sign-in roles and limits for the page and API; the identity provider itself is
	 * {@code spring.security.oauth2.client.*} (page) and
	 * {@code spring.security.oauth2.resourceserver.jwt.*} (API).
	 *
	 * @param groupsClaim the ID-token / access-token claim listing a person's groups (a
	 * dotted path reaches into nested claims, e.g. {@code realm_access.roles})
	 * @param viewerGroups groups that may read anomalies and incidents (VIEWER)
	 * @param operatorGroups groups that may also re-check, re-drive and remediate
	 * (OPERATOR)
	 * @param actionBurst re-checks and re-drives one signed-in principal may make at once
	 * @param actionRefill one more such action is allowed after each of these
	 */
	public record Security(@NotBlank @DefaultValue("groups") String groupsClaim, @NotNull @DefaultValue( {
		}) Set<String> viewerGroups, @NotNull @DefaultValue({}) Set<String> operatorGroups,
			@Min(1) @DefaultValue("10") int actionBurst, @NotNull @DefaultValue("6s") Duration actionRefill){
	}

	/**
	 * What the auditor fixes by itself. Holding an unverified domain's hires and
	 * re-driving them once Zoom shows it verified is on by default (nothing in Zoom is
	 * deleted and nobody is mailed); destructive remedies (disassociating a pending user,
	 * mailing the person) run only for causes listed in {@code automate}, each
	 * re-verified with fresh Zoom reads at the moment of acting, at most
	 * {@code destructiveCap} per cause within {@code destructiveCapWindow}.
	 *
	 * @param automate causes whose remedies run automatically (EXISTING_PERSONAL_ACCOUNT
	 * is destructive; DOMAIN_NOT_VERIFIED is also covered by
	 * {@code holdUnverifiedDomains})
	 * @param actor the name on audit records
	 * @param holdUnverifiedDomains hold DOMAIN_NOT_VERIFIED hires and re-drive them once
	 * the domain verifies
	 * @param dryRun destructive remedies record what they would do (audit
	 * {@code dry-run:<action>}, a history line) and do nothing
	 * @param destructiveCap most destructive remedies per cause within the window; the
	 * next is refused and raises an incident
	 * @param destructiveCapWindow the cap's sliding window
	 */
	public record Remediation(@NotNull @DefaultValue( {
		}) Set<PendingCause> automate, @NotBlank @DefaultValue("dialtone-auditor") String actor,
			@DefaultValue("true") boolean holdUnverifiedDomains, @DefaultValue("false") boolean dryRun,
			@Min(0) @DefaultValue("20") int destructiveCap, @NotNull @DefaultValue("1h") Duration destructiveCapWindow){

		public boolean automates(PendingCause cause) {
			return this.automate.contains(cause)
					|| (cause == PendingCause.DOMAIN_NOT_VERIFIED && this.holdUnverifiedDomains);
		}

		/** True for causes whose remedy deletes in Zoom or mails the person. */
		public static boolean destructive(PendingCause cause) {
			return cause == PendingCause.EXISTING_PERSONAL_ACCOUNT;
		}

	}

	/**
	 * Sliding-window spike rules.
	 *
	 * @param windowSize recent outcomes, account-wide
	 * @param domainWindowSize recent outcomes per email domain
	 * @param window recent means within this long
	 * @param minPending fewest pending outcomes that can make a spike
	 * @param domainShare pending share of a domain's recent outcomes that makes a domain
	 * spike
	 * @param overallShare pending share of the account's recent outcomes that can make an
	 * account-wide spike
	 * @param jump how far the recent share must also rise above the baseline share
	 * @param baselineSize older outcomes kept as the baseline
	 * @param baselineWindow baseline outcomes older than this are forgotten
	 * @param accountSettle how long an account-wide burst waits before it is raised, so
	 * an incident another instance opened from a domain's own window meanwhile is seen
	 * and the burst dropped (one spike, one incident)
	 */
	public record Spike(@Min(2) @DefaultValue("100") int windowSize, @Min(2) @DefaultValue("20") int domainWindowSize,
			@NotNull @DefaultValue("10m") Duration window, @Min(1) @DefaultValue("5") int minPending,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double domainShare,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.05") double overallShare,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.04") double jump,
			@Min(0) @DefaultValue("1000") int baselineSize, @NotNull @DefaultValue("2h") Duration baselineWindow,
			@NotNull @DefaultValue("2s") Duration accountSettle) {
	}

	/**
	 * The account sweep: every pending user of the Zoom account, whoever made it,
	 * classified and raised as an anomaly (also on demand, {@code POST /api/v1/sweeps}).
	 *
	 * @param enabled run it on a schedule
	 * @param every how often
	 * @param firstAfter the first run after start-up: one period by default, so a restart
	 * does not sweep again at once (an operator sweeps on demand)
	 * @param creationMaxAge how long each instance remembers how a Zoom user was made (a
	 * {@code user.created} webhook): older ones are dropped from memory, so it stays
	 * bounded; a user still pending after this long is classified without it
	 */
	public record Sweep(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("1h") Duration every,
			@NotNull @DefaultValue("1h") Duration firstAfter, @NotNull @DefaultValue("30d") Duration creationMaxAge) {
	}

	/**
	 * The drift check: Zoom against HR (the employees known from identity events). It
	 * reports by default; correcting is opt-in per kind and goes through the worker as
	 * UPDATE / TERMINATE commands on the identity topic.
	 *
	 * @param interval how often the scheduled check runs (one instance runs it)
	 * @param firstCheck delay of the first scheduled check after start-up
	 * @param correct kinds corrected through the worker: LEAVER_STILL_PROVISIONED
	 * (TERMINATE again), PHONE_ATTRIBUTE_MISMATCH (UPDATE with HR's line); UNOWNED_USER
	 * has no HR record to act for and is never corrected
	 * @param sites Dialtone site code → Zoom Phone site id (as the worker's
	 * {@code sites.<CODE>.zoom-site-id}); a code not listed is not compared
	 */
	public record Drift(@NotNull @DefaultValue("1h") Duration interval,
			@NotNull @DefaultValue("1m") Duration firstCheck, @NotNull @DefaultValue( {
			}) Set<DriftKind> correct, Map<String, String> sites){

		public Drift {
			Map<String, String> upper = new TreeMap<>();
			if (sites != null) {
				sites.forEach((code, id) -> upper.put(code.toUpperCase(Locale.ROOT), id));
			}
			sites = Map.copyOf(upper);
		}

	}

	/** Notification sender identity. */
	public record Mail(@NotBlank @DefaultValue("dialtone@localhost") String from,
			@NotBlank @DefaultValue("IT helpdesk") String signature) {
	}

}
