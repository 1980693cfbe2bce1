package dev.dialtone.producer.publish;

import dev.dialtone.contracts.IdentityEvent;

/**
 * An event to publish and the fingerprint of its content (everything the source sent,
 * without the receipt time), which tells an honest retry of an event id from a reuse of
 * it for another change.
 */
public record Submission(IdentityEvent event, String fingerprint) {
}
