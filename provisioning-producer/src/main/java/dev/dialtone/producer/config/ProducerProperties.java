package dev.dialtone.producer.config;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import dev.dialtone.contracts.topics.DialtoneTopic;
import dev.dialtone.contracts.topics.TopicCreation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 * HMAC secret
 * @param replayWindow how far a signed request's timestamp may be from now
 * @param scimBearerToken token Entra ID / Okta present on /scim/v2; blank disables SCIM
 * @param idempotencyWindow how long an acknowledged event id is remembered for
 * deduplication
 * @param idempotencyMaxIds bound on remembered ids (memory)
 * @param publishTimeout how long a request waits for the broker's acknowledgement before
 * answering 503: {@code max.block.ms} (5 s, a send blocked on metadata) +
 * {@code delivery.timeout.ms} (10 s) of {@code spring.kafka.producer}, because the wait
 * starts before the send, so a down broker surfaces as the client's own failed send,
 * never as this timeout cutting a send short
 * @param retryAfter the Retry-After a 503 advertises
 */
@ConfigurationProperties("dialtone.producer")
@Validated
public record ProducerProperties(@NotBlank String topic, @NotBlank String scimUsersTopic,
		@DefaultValue TopicCreation topicCreation, @DefaultValue("NYC") @NotEmpty Set<String> siteCodes,
		@Valid Map<String, Source> sources, @DefaultValue("5m") Duration replayWindow, String scimBearerToken,
		@DefaultValue("24h") Duration idempotencyWindow, @DefaultValue("200000") @Min(1) int idempotencyMaxIds,
		@DefaultValue("15s") Duration publishTimeout, @DefaultValue("10s") Duration retryAfter) {

	public ProducerProperties {
		topic = (topic != null) ? topic : DialtoneTopic.IDENTITY_EVENTS.defaultName();
		scimUsersTopic = (scimUsersTopic != null) ? scimUsersTopic : DialtoneTopic.SCIM_USERS.defaultName();
		sources = (sources != null) ? Map.copyOf(sources) : Map.of();
	}

	/**
	 * How one source system proves who it is. A source with an HMAC secret must sign
	 * every request; a source with only a bearer token must present it. Blank values
	 * count as not configured, so an unset env var never opens a door.
	 */
	public record Source(String bearerToken, String hmacSecret) {

		public boolean hasBearerToken() {
			return this.bearerToken != null && !this.bearerToken.isBlank();
		}

		public boolean hasHmacSecret() {
			return this.hmacSecret != null && !this.hmacSecret.isBlank();
		}

	}

}
