package dev.dialtone.producer.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.contracts.topics.TopicCreation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The producer's own settings.
 *
 * @param topic identity events topic (default: the catalogue's
 * {@link DialtoneTopic#IDENTITY_EVENTS})
 * @param scimUsersTopic compacted topic holding SCIM id → employee id and the last SCIM
 * resource (default: the catalogue's {@link DialtoneTopic#SCIM_USERS})
 * @param topicCreation replication factor and {@code min.insync.replicas} of the topics
 * the producer creates; unset leaves both to the broker
 * @param siteCodes site codes an event may name
 * @param sources source systems by name; each authenticates with a bearer token and/or an
 * HMAC secret, what it may send and on whom it may act
 * @param replayWindow how far a signed request's timestamp may be from now
 * @param scimBearerToken token Entra ID / Okta present on /scim/v2; blank disables SCIM
 * @param idempotencyWindow how long an acknowledged event id is remembered for
 * deduplication
 * @param idempotencyMaxIds bound on remembered ids (memory)
 * @param eventIdsTopic topic of accepted event ids shared by every instance (default: the
 * catalogue's {@link DialtoneTopic#PRODUCER_EVENT_IDS}); created with
 * {@code retention.ms} = {@code idempotencyWindow}
 * @param idempotencyCatchUp how long a request with an id this instance does not know
 * waits for the shared ids to be read up to now (bounded, so Kafka away still ends in the
 * publish's own 503)
 * @param publishTimeout how long a request waits for the broker's acknowledgement before
 * answering 503: {@code max.block.ms} (5 s, a send blocked on metadata) +
 * {@code delivery.timeout.ms} (10 s) of {@code spring.kafka.producer}, because the wait
 * starts before the send, so a down broker surfaces as the client's own failed send,
 * never as this timeout cutting a send short
 * @param retryAfter the Retry-After a 503 advertises
 * @param employeeSourcesTopic compacted topic recording which source introduced each
 * employee
 * @param scimActOnAnyEmployee whether SCIM may act on employees another source introduced
 * (default: only those it introduced itself)
 * @param operatorToken bearer token that shows health details and serves
 * {@code /actuator/metrics}; blank = nobody
 * @param limits request body and paging bounds
 */
@ConfigurationProperties("dialtone.producer")
@Validated
public record ProducerProperties(@NotBlank String topic, @NotBlank String scimUsersTopic,
		@DefaultValue TopicCreation topicCreation, @DefaultValue("NYC") @NotEmpty Set<String> siteCodes,
		@Valid Map<String, Source> sources, @DefaultValue("5m") Duration replayWindow, String scimBearerToken,
		@DefaultValue("24h") Duration idempotencyWindow, @DefaultValue("200000") @Min(1) int idempotencyMaxIds,
		@NotBlank String eventIdsTopic, @DefaultValue("1s") Duration idempotencyCatchUp,
		@DefaultValue("15s") Duration publishTimeout, @DefaultValue("10s") Duration retryAfter,
		@NotBlank String employeeSourcesTopic, boolean scimActOnAnyEmployee, String operatorToken,
		@DefaultValue @Valid Limits limits) {

	/** What a source may send unless configured otherwise: every HR change. */
	public static final Set<String> SOURCE_EVENT_TYPES = Set.of("HIRE", "UPDATE", "TERMINATE", "REHIRE");

	// the name becomes the prefix of the source's event ids (<source>:<client id>), so it
	// must not contain the ':' that separates them
	private static final Pattern SOURCE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public ProducerProperties {
		topic = (topic != null) ? topic : DialtoneTopic.IDENTITY_EVENTS.defaultName();
		scimUsersTopic = (scimUsersTopic != null) ? scimUsersTopic : DialtoneTopic.SCIM_USERS.defaultName();
		employeeSourcesTopic = (employeeSourcesTopic != null) ? employeeSourcesTopic
				: DialtoneTopic.PRODUCER_EMPLOYEE_SOURCES.defaultName();
		eventIdsTopic = (eventIdsTopic != null) ? eventIdsTopic : DialtoneTopic.PRODUCER_EVENT_IDS.defaultName();
		sources = (sources != null) ? Map.copyOf(sources) : Map.of();
		limits = (limits != null) ? limits : new Limits(null, null, null, 0);
		sources.keySet().forEach((name) -> {
			if (!SOURCE_NAME.matcher(name).matches() || "scim".equals(name)) {
				throw new IllegalArgumentException("source name '" + name
						+ "' must be 1-64 letters, digits, '_' or '-' and not 'scim' (SCIM's own name)");
			}
		});
	}

	public boolean hasScimToken() {
		return this.scimBearerToken != null && !this.scimBearerToken.isBlank();
	}

	public boolean hasOperatorToken() {
		return this.operatorToken != null && !this.operatorToken.isBlank();
	}

	/**
	 * Bounds checked before anything else reads a request.
	 *
	 * @param eventBody largest body of {@code POST /api/v1/events} (and of any request
	 * not listed here)
	 * @param batchBody largest body of {@code POST /api/v1/events/batch}
	 * @param scimBody largest body of a SCIM request
	 * @param scimPageSize most SCIM users one list response holds
	 */
	public record Limits(DataSize eventBody, DataSize batchBody, DataSize scimBody, int scimPageSize) {

		public Limits {
			eventBody = (eventBody != null) ? eventBody : DataSize.ofMegabytes(1);
			batchBody = (batchBody != null) ? batchBody : DataSize.ofMegabytes(10);
			scimBody = (scimBody != null) ? scimBody : DataSize.ofMegabytes(10);
			scimPageSize = (scimPageSize > 0) ? scimPageSize : 200;
		}

	}

	/**
	 * How one source system proves who it is. A source with an HMAC secret must sign
	 * every request; a source with only a bearer token must present it. Blank values
	 * count as not configured, so an unset env var never opens a door.
	 *
	 * @param bearerToken token presented as {@code Authorization: Bearer}
	 * @param hmacSecret secret the source signs requests with
	 * @param eventTypes event types it may send (default HIRE, UPDATE, TERMINATE, REHIRE)
	 * @param actOnAnyEmployee whether it may act on employees another source introduced;
	 * explicit configuration, off by default
	 */
	public record Source(String bearerToken, String hmacSecret, Set<String> eventTypes, boolean actOnAnyEmployee) {

		@ConstructorBinding
		public Source {
			eventTypes = (eventTypes != null && !eventTypes.isEmpty()) ? eventTypes.stream()
				.map((type) -> type.strip().toUpperCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet()) : SOURCE_EVENT_TYPES;
			if (!SOURCE_EVENT_TYPES.containsAll(eventTypes)) {
				throw new IllegalArgumentException(
						"event-types may name only " + SOURCE_EVENT_TYPES + ", got " + eventTypes);
			}
		}

		public Source(String bearerToken, String hmacSecret) {
			this(bearerToken, hmacSecret, null, false);
		}

		public boolean hasBearerToken() {
			return this.bearerToken != null && !this.bearerToken.isBlank();
		}

		public boolean hasHmacSecret() {
			return this.hmacSecret != null && !this.hmacSecret.isBlank();
		}

	}

}
