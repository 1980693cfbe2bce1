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
import java.util.concurrent.atomic.AtomicInteger;

import dev.dialtone.contracts.StepResult;
import dev.dialtone.contracts.StepStatus;
import dev.dialtone.worker.step.RetryPolicy;
import dev.dialtone.worker.step.StepFailedException;
import dev.dialtone.worker.step.StepTimer;
import dev.dialtone.worker.step.Steps;
import dev.dialtone.zoom.client.ZoomApiException;
import dev.dialtone.zoom.client.ZoomClient;
import dev.dialtone.zoom.client.ZoomErrorKind;
import dev.dialtone.zoom.client.ZoomResponse;
import dev.dialtone.zoom.client.phone.BatchAddResult;
import dev.dialtone.zoom.client.phone.BatchPhoneUser;

/**
 * Collects new phone users from every lane into {@code POST /phone/users/batch} calls of
 * up to {@code maxSize}: a batch is sent when full, when no announced hire
 * ({@link #expect}) is still on its way to it, or {@code linger} after its first entry,
 * whichever comes first. Under load the batch waits for the hires already in their user
 * phase (they arrive spread out at the pace of the Users budget, so a fixed short wait
 * would send batches of one or two); a hire arriving alone is sent at once. Each
 * submitter gets its own verdict — added or not, with the batch call's step — and blocks
 * its lane on it, which keeps the employee's order. When Zoom refuses a call whole for
 * what one entry holds (a validation failure, e.g. without partial success), the batch is
 * halved until the refused entries stand alone, so only they fall back. Written by hand
 * because the batch spans lanes and must answer each caller; nothing in Spring or Kafka
 * batches outgoing HTTP calls this way.
 */
public final class PhoneBatcher implements AutoCloseable {

	/** The step each batched employee's outcome lists. */
	public static final String STEP = "batch-add-phone-user";

	/** How long an entry waits for a sender before it is withdrawn. */
	public static final Duration DEFAULT_SEND_WAIT = Duration.ofSeconds(10);

	private final ZoomClient zoom;

	private final RetryPolicy retry;

	private final StepTimer timer;

	private final int maxSize;

	private final Duration linger;

	private final Duration sendWait;

	private final ScheduledExecutorService lingerTimer = Executors
		.newSingleThreadScheduledExecutor(daemon("phone-batch-linger"));

	private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("phone-batch-send"));

	private final Object lock = new Object();

	private List<Pending> open = new ArrayList<>();

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
		this.zoom = zoom;
		this.retry = retry;
		this.timer = timer;
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

	private Verdict await(Pending pending) {
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

	private Verdict withdrawn(Pending pending) {
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
	private Pending enqueue(BatchPhoneUser user, boolean arrived) {
		Pending pending = new Pending(user, new CompletableFuture<>(), new AtomicInteger(QUEUED));
		List<Pending> full = null;
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
			List<Pending> batch = full;
			this.senders.execute(() -> send(batch));
		}
		return pending;
	}

	/** An announced hire will not submit: the open batch need not wait for it. */
	private void notComing() {
		List<Pending> batch = null;
		synchronized (this.lock) {
			this.coming--;
			if (this.coming == 0 && !this.open.isEmpty()) {
				batch = takeOpen();
			}
		}
		if (batch != null) {
			List<Pending> ready = batch;
			this.senders.execute(() -> send(ready));
		}
	}

	private void flush(long expected) {
		List<Pending> batch;
		synchronized (this.lock) {
			if (this.generation != expected || this.open.isEmpty()) {
				// that batch was sent when it filled up
				return;
			}
			batch = takeOpen();
		}
		this.senders.execute(() -> send(batch));
	}

	private List<Pending> takeOpen() {
		List<Pending> batch = this.open;
		this.open = new ArrayList<>();
		this.generation++;
		return batch;
	}

	private void send(List<Pending> queued) {
		// an entry whose employee stopped waiting is not sent: it took the per-user path
		List<Pending> batch = queued.stream().filter(Pending::claimForSending).toList();
		if (!batch.isEmpty()) {
			send(batch, "");
		}
	}

	/**
	 * @param batch entries claimed for sending
	 * @param note said in each entry's step detail (why the call carries fewer users)
	 */
	private void send(List<Pending> batch, String note) {
		List<BatchPhoneUser> users = batch.stream().map(Pending::user).toList();
		Steps call = new Steps(false, this.retry, this.timer);
		String detail = "POST /phone/users/batch " + users.size() + " user(s)" + note;
		BatchAddResult result;
		try {
			result = call.write(STEP, detail, () -> this.zoom.phone().batchAddUsers(users))
				.map(ZoomResponse::body)
				.orElse(null);
		}
		catch (StepFailedException ex) {
			if (users.size() > 1 && refusedWhole(ex.zoomFailure())) {
				// Zoom refused every entry for what some of them hold (without partial
				// success one bad entry fails the call): each half is sent on its own,
				// so only the entries Zoom refuses by themselves fall back
				int half = users.size() / 2;
				String split = " (split from a batch of " + users.size() + " Zoom refused whole)";
				send(batch.subList(0, half), split);
				send(batch.subList(half, batch.size()), split);
				return;
			}
			// recorded as the FAILED step: everyone falls back to the per-user calls
			result = null;
		}
		catch (RuntimeException ex) {
			// e.g. a missing scope: Zoom's refusal is recorded already and stays the
			// step (status, code, tracking id); everyone falls back to the per-user calls
			result = null;
			if (call.results().isEmpty()) {
				call.failed(STEP, detail + ": " + ex.getMessage());
			}
		}
		StepResult step = last(call);
		for (Pending pending : batch) {
			boolean added = result != null && result.added(pending.user().email()).isPresent();
			StepResult own = StepResult.newBuilder(step)
				.setDetail(detail + ", " + (added ? "added" : "not added")
						+ ((result != null) ? " (" + result.added().size() + " added)" : ""))
				.build();
			pending.verdict().complete(new Verdict(added, users.size(), own));
		}
	}

	/**
	 * A 4xx that refuses the request for its content (validation), not the caller: the
	 * same call with fewer entries can succeed. A missing scope or a retryable failure
	 * would refuse the halves too.
	 */
	static boolean refusedWhole(ZoomApiException failure) {
		return failure != null && failure.kind() == ZoomErrorKind.REJECTED && !failure.isMissingScope();
	}

	private static StepResult last(Steps call) {
		List<StepResult> results = call.results();
		return results.get(results.size() - 1);
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

	private static final int QUEUED = 0;

	private static final int SENT = 1;

	private static final int WITHDRAWN = 2;

	private record Pending(BatchPhoneUser user, CompletableFuture<Verdict> verdict, AtomicInteger state) {

		boolean claimForSending() {
			return this.state.compareAndSet(QUEUED, SENT);
		}

		boolean withdraw() {
			return this.state.compareAndSet(QUEUED, WITHDRAWN);
		}

	}

	/** An entry in a batch, not yet awaited. */
	public final class Queued {

		private final Pending pending;

		private Queued(Pending pending) {
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
