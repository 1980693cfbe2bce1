package dev.dialtone.worker.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.dialtone.contracts.EventType;
import dev.dialtone.contracts.FailureCause;
import dev.dialtone.contracts.FinalState;
import dev.dialtone.contracts.IdentityEvent;
import dev.dialtone.contracts.ProvisioningOutcome;
import dev.dialtone.worker.outcome.ConcludedException;
import dev.dialtone.worker.outcome.Conclusion;
import dev.dialtone.worker.outcome.OutcomeFactory;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.worker.step.Steps;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one event into its outcome: picks the handler by type, runs it with a fresh
 * {@link Steps} (dry run when the event or the worker says so), and maps failures to a
 * FAILED outcome. Plain Java, testable without Kafka.
 */
final class EventProcessor {

	private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

	private final Map<EventType, EventHandler> handlers = new EnumMap<>(EventType.class);

	private final RetryPolicy retry;

	private final StepTimer timer;

	private final OutcomeFactory outcomes;

	private final boolean dryRunAll;

	private final MeterRegistry meters;

	EventProcessor(List<EventHandler> handlers, RetryPolicy retry, StepTimer timer, OutcomeFactory outcomes,
			boolean dryRunAll, MeterRegistry meters) {
		handlers.forEach((handler) -> handler.types().forEach((type) -> this.handlers.put(type, handler)));
		this.retry = retry;
		this.timer = timer;
		this.outcomes = outcomes;
		this.dryRunAll = dryRunAll;
		this.meters = meters;
	}

	/**
	 * @param event a deserialized identity event
	 * @return the outcome to publish
	 * @throws UnknownEventTypeException when no handler knows the type (the caller
	 * dead-letters the record)
	 */
	ProvisioningOutcome process(IdentityEvent event) {
		EventHandler handler = this.handlers.get(event.getEventType());
		if (handler == null) {
			throw new UnknownEventTypeException(
					"no handler for event type " + event.getEventType() + " (event " + event.getEventId() + ")");
		}
		boolean dryRun = this.dryRunAll || event.getDryRun();
		Steps steps = new Steps(dryRun, this.retry, this.timer);
		Conclusion conclusion = run(handler, event, steps);
		if (dryRun) {
			// a plan is not a result: SKIPPED keeps the auditor from acting on it, the
			// steps say what would happen
			conclusion = conclusion.withState(FinalState.SKIPPED)
				.withReason("dry run: would end " + conclusion.state()
						+ ((conclusion.reason() != null) ? " (" + conclusion.reason() + ")" : ""));
		}
		this.meters
			.counter("dialtone.worker.events", "type", event.getEventType().name(), "state", conclusion.state().name(),
					"dryRun", Boolean.toString(dryRun))
			.increment();
		log.debug("Event {} {} for employee {} ended {}", event.getEventId(), event.getEventType(),
				event.getPerson().getEmployeeId(), conclusion.state());
		return this.outcomes.outcome(event, conclusion, steps.results(), steps.facts());
	}

	private static Conclusion run(EventHandler handler, IdentityEvent event, Steps steps) {
		try {
			return handler.handle(event, steps);
		}
		catch (StepFailedException ex) {
			return Conclusion.failed(ex.cause(), ex.getMessage());
		}
		catch (ConcludedException ex) {
			return ex.conclusion();
		}
		catch (RuntimeException ex) {
			if (Thread.currentThread().isInterrupted()) {
				// shutting down: do not publish a false FAILED; the batch is not
				// committed and will be redelivered
				throw ex;
			}
			log.warn("Event {} for employee {} failed: {}", event.getEventId(), event.getPerson().getEmployeeId(),
					ex.toString());
			return Conclusion.failed(FailureCause.UNKNOWN, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
