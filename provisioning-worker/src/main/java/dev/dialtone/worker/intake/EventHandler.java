package dev.dialtone.worker.intake;

import java.util.Set;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.step.Steps;

/**
 * Converges Zoom towards the desired state one event describes. Implementations read
 * Zoom's current state and change only what differs, so handling the same event twice
 * (redelivery, replay) changes nothing the second time.
 */
public interface EventHandler {

	/**
	 * @return the event types this handler answers
	 */
	Set<EventType> types();

	/**
	 * @param event the event (its person is the desired state)
	 * @param steps where the Zoom calls are made and recorded
	 * @return how it ended
	 */
	Conclusion handle(IdentityEvent event, Steps steps);

}
