package dev.dialtone.producer.events;

import java.util.List;

import dev.dialtone.producer.validation.EventRequest;

/** Several events in one request; accepted or refused as a whole. */
record BatchRequest(List<EventRequest> events) {
}
