package dev.dialtone.auditor.state;

import java.util.function.Consumer;

/**
 * A compacted topic the {@link StateLoader} reads to its end at start-up and then tails:
 * each feature declares its own, so the loader needs to know none of them.
 *
 * @param topic the topic's name
 * @param applier what to do with each (non-null) value read from it
 */
public record StateTopic(String topic, Consumer<Object> applier) {
}
