package dev.dialtone.zoom.simulator.webhooks;

import java.time.Instant;

/**
 * One webhook POST the simulator made: event, target, the exact body sent, and the
 * receiver's status (0 = failed).
 */
public record WebhookDelivery(Instant sentAt, String event, String url, String body, int status, String error) {
}
