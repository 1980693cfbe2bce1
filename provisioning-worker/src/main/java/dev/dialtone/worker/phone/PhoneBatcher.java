package dev.dialtone.worker.phone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.phone.BatchPhoneUser;

/**
 * Collects new phone users from every lane into {@code POST /phone/users/batch} calls of
 * up to {@code maxSize}: a batch is sent when full, when no announced hire
 * ({@link #expect}) is still on its way to it, or {@code linger} after its first entry,
 * whichever comes first. Under load the batch waits for the hires already in their user
 * phase (they arrive spread out at the pace of the Users budget, so a fixed short wait
 * would send batches of one or two); a hire arriving alone is sent at once. Each
 * submitter gets its own verdict — added or not, with the batch call's step — and blocks
 * its lane on it, which keeps the employee's order; {@link BatchCall} makes the call (and
 * halves a batch Zoom refuses whole). Written by hand because the batch spans lanes and
 * must answer each caller; nothing in Spring or Kafka batches outgoing HTTP calls this
 * way.
 */
public final class PhoneBatcher implements AutoCloseable {

	/** The step each batched employee's outcome lists. */
	public static final String STEP = "batch-add-phone-user";

	/** How long an entry waits for a sender before it is withdrawn. */
	public static final Duration DEFAULT_SEND_WAIT = Duration.ofSeconds(10);

	private final BatchCall call;

	private final RetryPolicy retry;

	private final int maxSize;

	private final Duration linger;

	private final Duration sendWait;

	private final ScheduledExecutorService lingerTimer = Executors
		.newSingleThreadScheduledExecutor(daemon("phone-batch-linger"));

	private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("phone-batch-send"));

	private final Object lock = new Object();

	private List<BatchSlot> open = new ArrayList<>();

	private long generation;

	/** Hires announced with {@link #expect} that have not submitted or withdrawn. */
	private int coming;

	/**
	 * @param retry back-off for a retryable failure of the batch call (429, 5xx)
	 * @param maxSize users per call, 1..10
	 * @param linger longest wait for a batch to fill
	 */
	public PhoneBatcher(ZoomClient zoom, RetryPolicy retry, StepTimer timer, int maxSize, Duration linger) {
		this(zoom, retry, timer, maxSize, linger, DEFAULT_SEND_WAIT);
	}

	/**
	 * @param sendWait longest wait for a sender to take up an entry's batch; past it the
	 * entry is withdrawn and its employee takes the per-user path
	 */
	public PhoneBatcher(ZoomClient zoom, RetryPolicy retry, StepTimer timer, int maxSize, Duration linger,
			Duration sendWait) {
		this.sendWait = sendWait;
		this.call = new BatchCall(zoom, retry, timer);
		this.retry = retry;
		this.maxSize = Math.max(1, Math.min(maxSize, BatchPhoneUser.MAX_PER_BATCH));
		this.linger = linger;
	}

	/**
	 * Announces a hire that will most likely {@link Expected#submit submit} an entry soon
	 * (its user phase is about to run): while announced hires are on their way an open
	 * batch waits for them (up to the linger), and once none is, it is sent at once.
	 * @return to submit through, closed when the hire is done (a hire that never submits
	 * is no longer waited for)
	 */
	public Expected expect() {
		synchronized (this.lock) {
			this.coming++;
		}
		return new Expected();
	}

	/**
	 * Adds the user to a batch and waits for its verdict, never without bound: when no
	 * sender has taken the batch up within {@code sendWait} (the senders are busy
	 * retrying other batches through a storm of 429s) the entry is withdrawn, so it can
	 * never be added later, and the verdict says not added (the per-user path follows);
	 * once sent, the wait ends with the call, whose attempts and pauses end within the
	 * retry budget.
	 * @param user the entry for one active Zoom user who is not yet a phone user
	 * @return the verdict
	 * @throws IllegalStateException when a sent batch got no answer within twice the
	 * retry budget (whether Zoom added the user is then not known)
	 */
	public Verdict addAndWait(BatchPhoneUser user) {
		return add(user).await();
	}

	/**
	 * Adds the user to a batch without waiting, so the caller can do other work (a
	 * profile PATCH) while the batch fills and is sent; {@link Queued#await} then waits
	 * as {@link #addAndWait} does.
	 * @param user the entry for one active Zoom user who is not yet a phone user
	 * @return the queued entry, to await
	 */
	public Queued add(BatchPhoneUser user) {
		return new Queued(enqueue(user, false));
	}

	private Verdict await(BatchSlot pending) {
		try {
			try {
				return pending.verdict().get(this.sendWait.toNanos(), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				if (pending.withdraw()) {
					return withdrawn(pending);
				}
			}
			return pending.verdict().get(this.retry.budget().multipliedBy(2).toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			// withdrawn if not sent yet, so a batch can no longer add it behind our back
			pending.withdraw();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the phone batch", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("the phone batch holding the user got no answer within "
					+ this.retry.budget().multipliedBy(2).toSeconds() + " s", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("phone batch failed", ex.getCause());
		}
	}

	private Verdict withdrawn(BatchSlot pending) {
		String detail = "POST /phone/users/batch: not sent within " + this.sendWait.toSeconds()
				+ " s (the batch senders were busy), withdrawn: per-user calls";
		StepResult step = StepResult.newBuilder()
			.setName(STEP)
			.setStatus(StepStatus.SKIPPED)
			.setDetail(detail)
			.setAttempt(0)
			.setDurationMillis(this.sendWait.toMillis())
			.build();
		return new Verdict(false, 0, step);
	}

	/**
	 * @param user the entry for one active Zoom user who is not yet a phone user
	 * @return completes when the batch holding the entry has been answered
	 */
	public CompletableFuture<Verdict> submit(BatchPhoneUser user) {
		return enqueue(user, false).verdict();
	}

	/**
	 * @param arrived whether an announced hire submits (one fewer on its way)
	 */
	private BatchSlot enqueue(BatchPhoneUser user, boolean arrived) {
		BatchSlot pending = BatchSlot.queued(user);
		List<BatchSlot> full = null;
		synchronized (this.lock) {
			if (arrived) {
				this.coming--;
			}
			this.open.add(pending);
			if (this.open.size() >= this.maxSize || (arrived && this.coming == 0)) {
				full = takeOpen();
			}
			else if (this.open.size() == 1) {
				long mine = this.generation;
				this.lingerTimer.schedule(() -> flush(mine), this.linger.toNanos(), TimeUnit.NANOSECONDS);
			}
		}
		if (full != null) {
			List<BatchSlot> batch = full;
			this.senders.execute(() -> this.call.send(batch));
		}
		return pending;
	}

	/** An announced hire will not submit: the open batch need not wait for it. */
	private void notComing() {
		List<BatchSlot> batch = null;
		synchronized (this.lock) {
			this.coming--;
			if (this.coming == 0 && !this.open.isEmpty()) {
				batch = takeOpen();
			}
		}
		if (batch != null) {
			List<BatchSlot> ready = batch;
			this.senders.execute(() -> this.call.send(ready));
		}
	}

	private void flush(long expected) {
		List<BatchSlot> batch;
		synchronized (this.lock) {
			if (this.generation != expected || this.open.isEmpty()) {
				// that batch was sent when it filled up
				return;
			}
			batch = takeOpen();
		}
		this.senders.execute(() -> this.call.send(batch));
	}

	private List<BatchSlot> takeOpen() {
		List<BatchSlot> batch = this.open;
		this.open = new ArrayList<>();
		this.generation++;
		return batch;
	}

	@Override
	public void close() {
		this.lingerTimer.shutdownNow();
		this.senders.shutdownNow();
	}

	private static ThreadFactory daemon(String name) {
		return (runnable) -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * One entry's answer.
	 *
	 * @param added whether Zoom listed the user as added
	 * @param batchSize how many users the call carried
	 * @param step the batch call as this employee's step (status, tracking id, duration)
	 */
	public record Verdict(boolean added, int batchSize, StepResult step) {
	}

	/** An entry in a batch, not yet awaited. */
	public final class Queued {

		private final BatchSlot pending;

		private Queued(BatchSlot pending) {
			this.pending = pending;
		}

		/**
		 * Waits for the entry's verdict as {@link PhoneBatcher#addAndWait} does: bounded,
		 * withdrawn when no sender took it up in time.
		 * @return the verdict
		 */
		public Verdict await() {
			return PhoneBatcher.this.await(this.pending);
		}

	}

	/** One announced hire: submits at most once; closing without submitting withdraws. */
	public final class Expected implements AutoCloseable {

		private final AtomicBoolean pending = new AtomicBoolean(true);

		private Expected() {
		}

		/**
		 * @param user the entry for one active Zoom user who is not yet a phone user
		 * @return completes when the batch holding the entry has been answered
		 */
		public CompletableFuture<Verdict> submit(BatchPhoneUser user) {
			return enqueue(user, this.pending.compareAndSet(true, false)).verdict();
		}

		/**
		 * {@link PhoneBatcher#addAndWait}, as this announced hire.
		 * @param user the entry for one active Zoom user who is not yet a phone user
		 * @return the verdict
		 */
		public Verdict addAndWait(BatchPhoneUser user) {
			return add(user).await();
		}

		/**
		 * {@link PhoneBatcher#add}, as this announced hire.
		 * @param user the entry for one active Zoom user who is not yet a phone user
		 * @return the queued entry, to await
		 */
		public Queued add(BatchPhoneUser user) {
			return new Queued(enqueue(user, this.pending.compareAndSet(true, false)));
		}

		@Override
		public void close() {
			if (this.pending.compareAndSet(true, false)) {
				notComing();
			}
		}

	}

}
