package dev.dialtone.auditor.config;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.dialtone.contracts.PendingCause;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every knob of the auditor, bound from {@code dialtone.auditor.*}.
 *
 * @param topics topic names
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
 * @param publicUrl the auditor's URL as people reach it (links in notifications)
 */
@Validated
@ConfigurationProperties("dialtone.auditor")
public record AuditorProperties(@Valid @NotNull @DefaultValue Topics topics,
		@NotNull @DefaultValue("TOPIC_PER_CAUSE") RouteMode routeMode,
		@NotNull @DefaultValue("PT30M") Duration pendingSla, @NotNull @DefaultValue("PT10M") Duration outcomeDeadline,
		@NotNull @DefaultValue("PT1H") Duration expectationReplay,
		@NotNull @DefaultValue("PT5M") Duration evidenceMaxAge, @NotEmpty @DefaultValue( {
				"PT1M", "PT5M", "PT15M", "PT1H", "PT6H" }) List<Duration> recheckBackoff,
		@NotNull @DefaultValue("PT5S") Duration tick, @Valid @NotNull @DefaultValue Webhook webhook,
		@Valid @NotNull @DefaultValue Remediation remediation, @Valid @NotNull @DefaultValue Spike spike,
		@Valid @NotNull @DefaultValue Mail mail, @NotBlank @DefaultValue("http://localhost:8083") String publicUrl){

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

	/** Topic names; defaults are the shared catalogue's. */
	public record Topics(@NotBlank @DefaultValue("dialtone.identity-events") String identityEvents,
			@NotBlank @DefaultValue("dialtone.provisioning-outcomes") String outcomes,
			@NotBlank @DefaultValue("dialtone.provisioning-outcomes-dlt") String outcomesDlt,
			@NotBlank @DefaultValue("dialtone.pending-anomalies") String anomalies,
			@NotBlank @DefaultValue("dialtone.pending-incidents") String incidents,
			@NotBlank @DefaultValue("dialtone.notifications") String notifications,
			@NotBlank @DefaultValue("dialtone.audit") String audit,
			@NotBlank @DefaultValue("dialtone.auditor.latest-outcomes") String latestOutcomes,
			@Min(1) @DefaultValue("12") int partitions, @Min(1) @DefaultValue("1") short replicas) {
	}

	/**
	 * Zoom webhook verification.
	 *
	 * @param secretToken the Zoom app's secret token (from the environment; never
	 * logged); empty rejects everything
	 * @param maxSkew oldest accepted {@code x-zm-request-timestamp}
	 */
	public record Webhook(@DefaultValue("") String secretToken, @NotNull @DefaultValue("PT5M") Duration maxSkew) {
	}

	/** Automation is off unless a cause is listed. */
	public record Remediation(@NotNull @DefaultValue( {
		}) Set<PendingCause> automate, @NotBlank @DefaultValue("dialtone-auditor") String actor){

		public boolean automates(PendingCause cause) {
			return this.automate.contains(cause);
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
	 */
	public record Spike(@Min(2) @DefaultValue("100") int windowSize, @Min(2) @DefaultValue("20") int domainWindowSize,
			@NotNull @DefaultValue("PT10M") Duration window, @Min(1) @DefaultValue("5") int minPending,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double domainShare,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.05") double overallShare,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.04") double jump,
			@Min(0) @DefaultValue("1000") int baselineSize, @NotNull @DefaultValue("PT2H") Duration baselineWindow) {
	}

	/** Notification sender identity. */
	public record Mail(@NotBlank @DefaultValue("dialtone@localhost") String from,
			@NotBlank @DefaultValue("IT helpdesk") String signature) {
	}

}
