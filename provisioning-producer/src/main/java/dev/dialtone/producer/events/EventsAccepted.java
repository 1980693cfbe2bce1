package dev.dialtone.producer.events;

import java.util.List;

/**
 * The 202 body: the id of every submitted event (in request order) once stored, and which
 * of them had already been stored by an earlier request.
 */
record EventsAccepted(List<String> eventIds, List<String> duplicates) {
}
