package dev.dialtone.producer.events;

import java.util.List;

/** Several events in one request; accepted or refused as a whole. */
public record BatchRequest(List<EventRequest> events) {
}
